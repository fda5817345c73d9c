-- Linkage of the staged points, set-based: the rule of georelief.locate_village (of the villages the point intersects,
-- the one with the smallest code, with its parent as township). The points the reader placed itself (located_village:
-- well inside one village, VillageCellMap) keep that village: for them the rule has one answer, and the reader placed
-- none whose declared code disagrees with it. The others are tested here, written as one join so that each village
-- polygon is tested against the points near it while PostGIS keeps it prepared — one lookup per point would re-read
-- every polygon. DISTINCT ON keeps locate_village's ORDER BY code LIMIT 1 per point, in one sort. The points near a
-- village: the staged points left to PostGIS are indexed by the cell of a grid of {cells_per_degree} cells a degree (a
-- B-tree on one number: a third of the time a GiST on a million points takes to build), and each village, in code
-- order, looks up the cells of its bounding box (LinkageGrid picks the resolution from select_village_extent.sql: the
-- largest box spans at most 64 cells a side). Every point that intersects a village lies in its box, so no candidate is
-- lost; ST_Intersects decides. declared_differs: the row declares a village code that the located village does not
-- start with (the declared-code check of check_declared_codes.sql, decided here, in the same pass, for the unit the
-- point goes to; false for a layer without declared codes). All located rows are the view import_located: the placed
-- rows read from the stage itself, then the rows located here. When no staged key is in the layer yet
-- (select_overlap.sql), both carry all their staged columns, so that the new rows are inserted from the view without
-- joining the stage with its locations again (select_all_new.sql; mark_located.sql keeps the ok of the rows located
-- here in step with the stage's). Otherwise they stay narrow, every column more being carried through the sort: in a
-- layer with declared village codes they carry the code and the position only, which check_declared_codes.sql
-- reports.
CREATE INDEX import_stage_cell_idx ON import_stage
  ((floor(ST_X(geom) * {cells_per_degree})::bigint * 10000000 + floor(ST_Y(geom) * {cells_per_degree})::bigint))
  WHERE located_village IS NULL;

-- The points left to PostGIS.
CREATE TEMP TABLE import_location ON COMMIT DROP AS
WITH cells AS MATERIALIZED (
  SELECT a.code, a.parent_code, a.geom, x * 10000000 + y AS cell
    FROM georelief.admin_unit AS a
   CROSS JOIN LATERAL generate_series(floor(ST_XMin(a.geom) * {cells_per_degree})::bigint, floor(ST_XMax(a.geom) * {cells_per_degree})::bigint) AS x
   CROSS JOIN LATERAL generate_series(floor(ST_YMin(a.geom) * {cells_per_degree})::bigint, floor(ST_YMax(a.geom) * {cells_per_degree})::bigint) AS y
   WHERE a.level = 5
   ORDER BY a.code
)
SELECT DISTINCT ON (s.row_no) s.row_no, a.code AS village_code, a.parent_code AS township_code,
       {declared_differs} AS declared_differs{stage_columns}
  FROM cells AS a
 CROSS JOIN LATERAL (SELECT *
                       FROM import_stage AS s
                      WHERE floor(ST_X(s.geom) * {cells_per_degree})::bigint * 10000000 + floor(ST_Y(s.geom) * {cells_per_degree})::bigint = a.cell
                        AND s.located_village IS NULL
                        AND ST_Intersects(a.geom, s.geom)) AS s
 ORDER BY s.row_no, a.code;

-- Statistics of the columns later statements filter and join on only: the staged columns an all-new batch carries (a
-- geometry among them) would more than double the time of the ANALYZE, and the plans do not need them.
ANALYZE import_location (row_no, village_code, declared_differs);

-- Every located point under one name, the reader's read from the stage itself rather than copied (dropped with the
-- stage at the commit, or with everything on a rollback).
CREATE TEMP VIEW import_located AS
SELECT s.row_no, s.located_village AS village_code, s.located_township AS township_code,
       false AS declared_differs{stage_columns}
  FROM import_stage AS s
 WHERE s.located_village IS NOT NULL
UNION ALL
SELECT * FROM import_location;

-- Points in no village, with the nearest one: skipped at once when every point left to PostGIS was located. How many
-- were left is counted by the reader (@points_to_locate) when the stage's geometries are as it wrote them; else here.
INSERT INTO import_problems (row_no, field, problem, message, value, hint, severity)
SELECT s.row_no, 'geometry', 'outside_admin_units',
       format('The position (%s, %s) lies in no village of the database%s.', round(ST_X(s.geom)::numeric, 6), round(ST_Y(s.geom)::numeric, 6),
              CASE WHEN n.code IS NULL THEN ' (no village boundaries are loaded)'
                   ELSE format('; the nearest is %s %s, %s m away', n.name, n.code, round(n.distance_m::numeric)) END),
       ST_AsText(s.geom),
       'Check the coordinates and their system (--crs), or load the boundaries of the county the feature lies in.', 'error'
  FROM import_stage AS s
  LEFT JOIN LATERAL (SELECT a.code, a.name, ST_Distance(a.geom::geography, s.geom::geography) AS distance_m
                       FROM georelief.admin_unit AS a
                      WHERE a.level = 5
                      ORDER BY a.geom <-> s.geom
                      LIMIT 1) AS n ON true
 WHERE (SELECT count(*) FROM import_location)
       < COALESCE(@points_to_locate, (SELECT count(*) FROM import_stage WHERE geom IS NOT NULL AND located_village IS NULL))
   AND s.geom IS NOT NULL
   AND s.located_village IS NULL
   AND NOT EXISTS (SELECT 1 FROM import_location AS l WHERE l.row_no = s.row_no);
