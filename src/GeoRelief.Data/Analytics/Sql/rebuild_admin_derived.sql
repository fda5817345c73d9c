-- Rebuilds the data derived from the boundaries of one level (1–4), in the caller's transaction after
-- admin_derived_lock.sql: the area of each unit on the ellipsoid, and every pair of units whose boundaries meet —
-- queen contiguity (ST_Intersects), and whether they share an edge of positive length (rook).
DELETE FROM georelief.admin_unit_area WHERE level = @level;
INSERT INTO georelief.admin_unit_area (code, level, area_km2)
SELECT code, level, CASE WHEN geom IS NULL THEN NULL ELSE ST_Area(geom::geography) / 1e6 END
  FROM georelief.admin_unit
 WHERE level = @level;
DELETE FROM georelief.admin_adjacency WHERE level = @level;
INSERT INTO georelief.admin_adjacency (level, first_code, second_code, shares_edge)
SELECT @level, a.code, b.code,
       ST_Length(ST_CollectionExtract(ST_Intersection(ST_Boundary(a.geom), ST_Boundary(b.geom)), 2)) > 0
  FROM georelief.admin_unit AS a
  JOIN georelief.admin_unit AS b ON ST_Intersects(a.geom, b.geom) AND b.level = a.level AND a.code < b.code
 WHERE a.level = @level AND a.geom IS NOT NULL;
INSERT INTO georelief.admin_derived_level (level, built_at) VALUES (@level, now())
  ON CONFLICT (level) DO UPDATE SET built_at = excluded.built_at;
