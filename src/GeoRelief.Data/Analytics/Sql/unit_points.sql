-- A point inside each unit of one level within @within, in metres: the 3° Gauss–Krüger zone (CGCS2000, no zone
-- prefix, EPSG:4534–4554) of the units' mean longitude, so distance bands and k-nearest neighbours are planar.
WITH unit AS (
  SELECT code, ST_PointOnSurface(geom) AS p FROM georelief.admin_unit
   WHERE level = @level AND code LIKE @within || '%' AND geom IS NOT NULL),
zone AS (SELECT 4534 + (round(avg(ST_X(p)) / 3)::int - 25) AS srid FROM unit),
projected AS (SELECT u.code, ST_Transform(u.p, z.srid) AS g FROM unit AS u CROSS JOIN zone AS z)
SELECT code, ST_X(g), ST_Y(g) FROM projected ORDER BY code;
