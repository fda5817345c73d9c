-- Linkage of the staged points (georelief.locate_village, shared with the sample loader), and the points that lie
-- in no village of the database with the nearest one.
CREATE TEMP TABLE import_location ON COMMIT DROP AS
SELECT s.row_no, l.village_code, l.township_code
  FROM import_stage AS s
  LEFT JOIN LATERAL georelief.locate_village(s.geom) AS l ON true
 WHERE s.geom IS NOT NULL;

ANALYZE import_location;

INSERT INTO import_problems (row_no, field, problem, message, value, hint, severity)
SELECT s.row_no, 'geometry', 'outside_admin_units',
       format('The position (%s, %s) lies in no village of the database%s.', round(ST_X(s.geom)::numeric, 6), round(ST_Y(s.geom)::numeric, 6),
              CASE WHEN n.code IS NULL THEN ' (no village boundaries are loaded)'
                   ELSE format('; the nearest is %s %s, %s m away', n.name, n.code, round(n.distance_m::numeric)) END),
       ST_AsText(s.geom),
       'Check the coordinates and their system (--crs), or load the boundaries of the county the feature lies in.', 'error'
  FROM import_location AS l
  JOIN import_stage AS s USING (row_no)
  LEFT JOIN LATERAL (SELECT a.code, a.name, ST_Distance(a.geom::geography, s.geom::geography) AS distance_m
                       FROM georelief.admin_unit AS a
                      WHERE a.level = 5
                      ORDER BY a.geom <-> s.geom
                      LIMIT 1) AS n ON true
 WHERE l.village_code IS NULL;
