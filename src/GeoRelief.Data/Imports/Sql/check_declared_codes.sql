-- A declared village code must name a unit of the database; where it disagrees with the location the location wins
-- and the report says so (declared, located, distance from the feature to the declared unit). The disagreement was
-- decided by the linkage (import_location.declared_differs, locate_points.sql: the reader places no point whose
-- declared code disagrees), so only those rows are joined with the stage again; an unknown code is an error and gets
-- that line only, as before.
INSERT INTO import_problems (row_no, field, problem, message, value, hint, severity)
SELECT s.row_no, 'declared_village_code', 'unknown_admin_code',
       format('The declared code %s is not an administrative unit in the database.', s.declared_village_code),
       s.declared_village_code,
       'Check the code against the 统计用区划代码 loaded (GET /api/v1/admin-units?within=<county>), or leave it empty.',
       'error'
  FROM import_stage AS s
 WHERE s.declared_village_code IS NOT NULL
   AND NOT EXISTS (SELECT 1 FROM georelief.admin_unit AS d WHERE d.code = s.declared_village_code);

INSERT INTO import_problems (row_no, field, problem, message, value, hint, severity)
SELECT l.row_no, 'declared_village_code', 'declared_code_mismatch',
       format('Declared in %s %s but located in %s %s (township %s), %s m from the declared unit.',
              d.name, d.code, v.name, l.village_code, l.township_code, round(ST_Distance(s.geom::geography, d.geom::geography)::numeric)),
       s.declared_village_code,
       'The location decides: the feature is filed under ' || l.village_code || '. If the position is right, correct the code; '
       || 'if the code is right, check the coordinates (positions picked on AMap or Baidu need --crs GCJ-02 or BD-09).',
       'warning'
  FROM import_location AS l
  JOIN import_stage AS s ON s.row_no = l.row_no
  JOIN georelief.admin_unit AS d ON d.code = s.declared_village_code
  LEFT JOIN georelief.admin_unit AS v ON v.code = l.village_code
 WHERE l.declared_differs;
