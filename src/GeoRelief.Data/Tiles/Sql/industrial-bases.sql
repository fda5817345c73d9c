-- Layer "industrial-bases": planting, breeding, processing, workshop (扶贫车间), enclave (飞地), tourism and
-- e-commerce bases with their jobs; clusters sum jobs, poor employed and dividend households.
-- Clustered below @unclustered_from exactly like natural-villages.sql (world-aligned grid of @cells per tile side;
-- cluster_count, expands_at_zoom; a cluster of one keeps its own attributes). Returns the layer, the points in the
-- tile and the features drawn.
WITH points AS (
  SELECT t.id, t.name, t.kind, t.village_code, t.township_code, t.jobs, t.poor_employed, t.dividend_households, ST_Transform(t.geom, 3857) AS g
  FROM georelief.industrial_base t
  WHERE t.geom && ST_Transform(ST_TileEnvelope(@z, @x, @y, margin => @buffer::float8 / @extent), 4490)
),
clusters AS (
  SELECT count(*) AS cluster_count,
         CASE WHEN count(*) = 1 THEN min(p.id) END AS id,
         CASE WHEN count(*) = 1 THEN min(p.name) END AS name,
         CASE WHEN count(*) = 1 THEN min(p.kind) END AS kind,
         CASE WHEN count(*) = 1 THEN min(p.village_code) END AS village_code,
         CASE WHEN count(*) = 1 THEN min(p.township_code) END AS township_code,
         sum(p.jobs) AS jobs,
         sum(p.poor_employed) AS poor_employed,
         sum(p.dividend_households) AS dividend_households,
         greatest(max(ST_X(p.g)) - min(ST_X(p.g)), max(ST_Y(p.g)) - min(ST_Y(p.g))) AS spread,
         ST_Centroid(ST_Collect(p.g)) AS g
  FROM points p
  GROUP BY CASE WHEN @cluster THEN georelief.tile_cluster_cell(p.g, @z, @cells) ELSE p.id END
),
features AS (
  SELECT c.id, c.name, c.kind, c.village_code, c.township_code, c.jobs, c.poor_employed, c.dividend_households,
         c.cluster_count,
         georelief.tile_cluster_expands_at_zoom(c.cluster_count, c.spread, @z, @cells, @unclustered_from) AS expands_at_zoom,
         ST_AsMVTGeom(c.g, ST_TileEnvelope(@z, @x, @y), @extent, @buffer, true) AS geom
  FROM clusters c
)
SELECT (SELECT ST_AsMVT(f, @name, @extent, 'geom') FROM (SELECT * FROM features WHERE geom IS NOT NULL ORDER BY id, geom) f),
       (SELECT count(*) FROM points),
       (SELECT count(*) FROM features f WHERE f.geom IS NOT NULL);
