-- Layer "natural-villages": 自然村/组 points. Below @unclustered_from the points are clustered on a grid of
-- @cells × @cells cells per tile, aligned to the whole world so a cluster is the same in neighbouring tiles; a
-- cluster is drawn at its members' centroid with cluster_count, summed households and population, and
-- expands_at_zoom, the zoom by which its members certainly fall into different cells (the grid cell becomes
-- smaller than the members' spread), at most @unclustered_from. A cluster of one keeps its own attributes. The grid
-- cell and expands_at_zoom are georelief.tile_cluster_cell and tile_cluster_expands_at_zoom (migration 0009), shared
-- by every clustered point layer.
-- Features are ordered so that the same data always gives the same bytes (and ETag).
-- Returns the layer, the points in the tile and the features drawn.
WITH points AS (
  SELECT n.id, n.name, n.village_code, n.township_code, n.households, n.population, ST_Transform(n.geom, 3857) AS g
  FROM georelief.natural_village n
  WHERE n.geom && ST_Transform(ST_TileEnvelope(@z, @x, @y, margin => @buffer::float8 / @extent), 4490)
),
clusters AS (
  SELECT count(*) AS cluster_count,
         CASE WHEN count(*) = 1 THEN min(p.id) END AS id,
         CASE WHEN count(*) = 1 THEN min(p.name) END AS name,
         CASE WHEN count(*) = 1 THEN min(p.village_code) END AS village_code,
         CASE WHEN count(*) = 1 THEN min(p.township_code) END AS township_code,
         sum(p.households) AS households,
         sum(p.population) AS population,
         greatest(max(ST_X(p.g)) - min(ST_X(p.g)), max(ST_Y(p.g)) - min(ST_Y(p.g))) AS spread,
         ST_Centroid(ST_Collect(p.g)) AS g
  FROM points p
  GROUP BY CASE WHEN @cluster THEN georelief.tile_cluster_cell(p.g, @z, @cells) ELSE p.id END
),
features AS (
  SELECT c.id, c.name, c.village_code, c.township_code, c.households, c.population,
         c.cluster_count,
         georelief.tile_cluster_expands_at_zoom(c.cluster_count, c.spread, @z, @cells, @unclustered_from) AS expands_at_zoom,
         ST_AsMVTGeom(c.g, ST_TileEnvelope(@z, @x, @y), @extent, @buffer, true) AS geom
  FROM clusters c
)
SELECT (SELECT ST_AsMVT(f, @name, @extent, 'geom') FROM (SELECT * FROM features WHERE geom IS NOT NULL ORDER BY id, geom) f),
       (SELECT count(*) FROM points),
       (SELECT count(*) FROM features f WHERE f.geom IS NOT NULL);
