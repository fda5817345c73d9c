-- The units of one level within @within, with their area on the ellipsoid: kept in admin_unit_area for levels 1–4
-- (rebuilt when admin units change), measured here for villages.
SELECT u.code, u.name,
       CASE WHEN u.level < 5 THEN a.area_km2
            WHEN u.geom IS NULL THEN NULL
            ELSE ST_Area(u.geom::geography) / 1e6 END AS area_km2
  FROM georelief.admin_unit AS u
  LEFT JOIN georelief.admin_unit_area AS a ON a.code = u.code
 WHERE u.level = @level AND u.code LIKE @within || '%'
 ORDER BY u.code;
