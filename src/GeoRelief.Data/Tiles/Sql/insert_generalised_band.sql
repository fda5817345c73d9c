-- One zoom band of generalised boundaries (@band, simplified to @tolerance degrees).
-- The boundaries of all counties, townships and villages are unioned into one noded, dissolved line network and
-- merged into edges that run from one junction (three or more units meet) to the next. Each edge is simplified
-- once with its endpoints fixed, so a boundary shared by two units is the same line for both. Simplified edges may
-- cross or coincide, so they are unioned (noded) again and polygonised. Each face goes, at each level, to the unit
-- whose source polygon holds the face's interior point, and a unit is the union of its faces: the faces partition
-- the plane, so neighbours neither overlap nor leave a gap, and a county is exactly the union of its townships.
-- A unit too small to keep a face of its own at this tolerance has no row in the band.
-- Each face's interior point finds its units through the GiST index of admin_unit (a join against a CTE could not use
-- it and was quadratic: minutes per band on a province of 26,000 units).
WITH network AS (
  SELECT ST_LineMerge(ST_UnaryUnion(ST_Collect(ST_Boundary(geom)))) AS lines
  FROM georelief.admin_unit
  WHERE level BETWEEN 3 AND 5 AND geom IS NOT NULL
),
edges AS (
  SELECT ST_SimplifyPreserveTopology(d.geom, @tolerance) AS edge
  FROM network n CROSS JOIN LATERAL ST_Dump(n.lines) d
),
faces AS (
  SELECT row_number() OVER () AS face_id, d.geom AS face
  FROM (SELECT ST_Polygonize(lines) AS polygons FROM (SELECT ST_UnaryUnion(ST_Collect(edge)) AS lines FROM edges) e) p
  CROSS JOIN LATERAL ST_Dump(p.polygons) d
),
assigned AS (
  SELECT DISTINCT ON (f.face_id, s.level) f.face_id, s.code, s.level, f.face
  FROM faces f
  CROSS JOIN LATERAL (SELECT ST_PointOnSurface(f.face) AS point) p
  JOIN georelief.admin_unit s ON s.level BETWEEN 3 AND 5 AND ST_Intersects(s.geom, p.point)
  ORDER BY f.face_id, s.level, s.code
),
units AS (
  SELECT a.code, a.level, ST_Multi(ST_CollectionExtract(ST_UnaryUnion(ST_Collect(a.face)), 3)) AS geom
  FROM assigned a
  GROUP BY a.code, a.level
)
INSERT INTO georelief.admin_unit_generalised (code, level, band, area_km2, geom)
SELECT u.code, u.level, @band, ST_Area(s.geom::geography) / 1e6, u.geom
FROM units u
JOIN georelief.admin_unit s ON s.code = u.code;
