-- Whether a feature sent to the API lies where GeoRelief can tie it to a unit, by the import's rule
-- (Imports/Sql/locate_points.sql, locate_shapes.sql): a point must lie in a village of the database, a line or an area
-- must touch one. When it does not, the nearest village and its distance on the ellipsoid, for the message.
WITH input AS (SELECT ST_GeomFromEWKB(@ewkb) AS g)
SELECT EXISTS (SELECT 1 FROM georelief.admin_unit AS a WHERE a.level = 5 AND ST_Intersects(a.geom, input.g)) AS located,
       n.code, n.name, n.distance_m
  FROM input
  LEFT JOIN LATERAL (SELECT a.code, a.name, ST_Distance(a.geom::geography, input.g::geography) AS distance_m
                       FROM georelief.admin_unit AS a
                      WHERE a.level = 5
                      ORDER BY a.geom <-> input.g
                      LIMIT 1) AS n ON true
