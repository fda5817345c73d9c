-- Layer "constraint-zones": ecological red lines, basic farmland, geohazards, flood zones, reserves and
-- water-source zones, on their source geometry (few and coarse enough at every zoom).
WITH features AS (
  SELECT c.id,
         c.name,
         c.kind,
         c.risk_level,
         ST_AsMVTGeom(ST_Transform(c.geom, 3857), ST_TileEnvelope(@z, @x, @y), @extent, @buffer, true) AS geom
  FROM georelief.constraint_zone c
  WHERE c.geom && ST_Transform(ST_TileEnvelope(@z, @x, @y, margin => @buffer::float8 / @extent), 4490)
)
SELECT ST_AsMVT(f, @name, @extent, 'geom'), count(*), count(*)
FROM (SELECT * FROM features WHERE geom IS NOT NULL ORDER BY id) f;
