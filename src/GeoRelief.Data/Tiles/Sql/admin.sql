-- Layer "admin": administrative units of one level (@level, chosen per zoom), from the generalised boundaries of
-- the zoom's band (@band). The bbox filter runs in EPSG:4490 on the index against the tile envelope grown by the
-- render buffer; geometry is projected to EPSG:3857 only for the rows that pass it.
-- Returns the encoded layer, the number of source features in the tile and the number drawn.
WITH features AS (
  SELECT g.code,
         u.name,
         g.level,
         u.parent_code,
         ST_AsMVTGeom(ST_Transform(g.geom, 3857), ST_TileEnvelope(@z, @x, @y), @extent, @buffer, true) AS geom
  FROM georelief.admin_unit_generalised g
  JOIN georelief.admin_unit u ON u.code = g.code
  WHERE g.band = @band
    AND g.level = @level
    AND g.geom && ST_Transform(ST_TileEnvelope(@z, @x, @y, margin => @buffer::float8 / @extent), 4490)
)
SELECT ST_AsMVT(f, @name, @extent, 'geom'), count(*), count(*)
FROM (SELECT * FROM features WHERE geom IS NOT NULL ORDER BY code) f;
