-- Layer "roads": every road below its zoom of appearance (@z ≥ the road class's zoom: national and provincial
-- from z 0, county from z 7, township from z 8, village from z 10, group roads from z 11), with hardened =
-- asphalt, concrete or paved surface and status existing. Roads left out at a zoom are counted as thinned: those
-- whose bounding box touches the tile (grown by the buffer) — the index's answer, without testing each geometry, which
-- cost more than drawing the tile at low zoom (a z 6 tile of the province has 135,000 hidden roads).
WITH candidates AS NOT MATERIALIZED (
  SELECT r.id, r.name, r.class, r.surface, r.status, r.year_built, r.geom,
         CASE r.class WHEN 'national' THEN 0 WHEN 'provincial' THEN 0 WHEN 'county' THEN 7
                      WHEN 'township' THEN 8 WHEN 'village' THEN 10 ELSE 11 END AS min_zoom
  FROM georelief.road r
  WHERE r.geom && ST_Transform(ST_TileEnvelope(@z, @x, @y, margin => @buffer::float8 / @extent), 4490)
),
features AS (
  SELECT c.id,
         c.name,
         c.class,
         c.surface,
         c.status,
         c.year_built,
         c.surface IN ('asphalt', 'concrete', 'paved') AND c.status = 'existing' AS hardened,
         ST_AsMVTGeom(ST_Transform(c.geom, 3857), ST_TileEnvelope(@z, @x, @y), @extent, @buffer, true) AS geom
  FROM candidates c
  WHERE c.min_zoom <= @z
)
SELECT (SELECT ST_AsMVT(f, @name, @extent, 'geom') FROM (SELECT * FROM features WHERE geom IS NOT NULL ORDER BY id) f),
       (SELECT count(*) FROM features f WHERE f.geom IS NOT NULL)
         + (SELECT count(*) FROM candidates c WHERE c.min_zoom > @z),
       (SELECT count(*) FROM features f WHERE f.geom IS NOT NULL);
