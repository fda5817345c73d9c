-- One administrative unit with what lies within it. Points carry their located village code, so
-- "within the unit" is a prefix match; road length per unit comes from the road pieces cut at
-- township boundaries, and for a village from an exact intersection with its polygon.
WITH unit AS (
  SELECT * FROM georelief.admin_unit WHERE code = @code
),
roads AS (
  SELECT r.surface, r.status, p.length_m
  FROM unit u
  JOIN georelief.road_piece p ON u.level < 5 AND p.township_code LIKE u.code || '%'
  JOIN georelief.road r ON r.id = p.road_id
  UNION ALL
  SELECT r.surface, r.status, ST_Length(ST_Intersection(r.geom, u.geom)::geography)
  FROM unit u
  JOIN georelief.road r ON u.level = 5 AND ST_Intersects(r.geom, u.geom)
)
SELECT u.code,
       u.name,
       u.level,
       u.parent_code,
       u.urban_rural_code,
       u.code_year,
       ST_Area(u.geom::geography) / 1e6 AS area_km2,
       ST_XMin(u.geom) AS min_lon, ST_YMin(u.geom) AS min_lat,
       ST_XMax(u.geom) AS max_lon, ST_YMax(u.geom) AS max_lat,
       (SELECT count(*) FROM georelief.admin_unit c WHERE c.parent_code = u.code) AS children,
       (SELECT count(*) FROM georelief.natural_village v WHERE v.village_code LIKE u.code || '%') AS natural_villages,
       (SELECT coalesce(sum(length_m), 0) / 1000 FROM roads WHERE status = 'existing') AS roads_km,
       (SELECT coalesce(sum(length_m), 0) / 1000 FROM roads
         WHERE status = 'existing' AND surface IN ('asphalt', 'concrete', 'paved')) AS hardened_roads_km,
       (SELECT count(*) FROM georelief.relocation_site s WHERE s.village_code LIKE u.code || '%') AS relocation_sites,
       (SELECT count(*) FROM georelief.industrial_base b WHERE b.village_code LIKE u.code || '%') AS industrial_bases
FROM unit u;
