-- A declared village code must name a unit of the database; where it disagrees with the location the location wins
-- and the report says so (declared, located, distance from the feature to the declared unit). One pass over the
-- stage gives both kinds of line.
INSERT INTO import_problems (row_no, field, problem, message, value, hint, severity)
SELECT s.row_no, 'declared_village_code',
       CASE WHEN d.code IS NULL THEN 'unknown_admin_code' ELSE 'declared_code_mismatch' END,
       CASE WHEN d.code IS NULL
            THEN format('The declared code %s is not an administrative unit in the database.', s.declared_village_code)
            ELSE format('Declared in %s %s but located in %s %s (township %s), %s m from the declared unit.',
                        d.name, d.code, v.name, l.village_code, l.township_code, round(ST_Distance(s.geom::geography, d.geom::geography)::numeric)) END,
       s.declared_village_code,
       CASE WHEN d.code IS NULL
            THEN 'Check the code against the 统计用区划代码 loaded (GET /api/v1/admin-units?within=<county>), or leave it empty.'
            ELSE 'The location decides: the feature is filed under ' || l.village_code || '. If the position is right, correct the code; '
                 || 'if the code is right, check the coordinates (positions picked on AMap or Baidu need --crs GCJ-02 or BD-09).' END,
       CASE WHEN d.code IS NULL THEN 'error' ELSE 'warning' END
  FROM import_stage AS s
  LEFT JOIN georelief.admin_unit AS d ON d.code = s.declared_village_code
  LEFT JOIN import_location AS l ON l.row_no = s.row_no
  LEFT JOIN georelief.admin_unit AS v ON v.code = l.village_code
 WHERE s.declared_village_code IS NOT NULL
   AND (d.code IS NULL
        OR (l.village_code IS NOT NULL AND left(l.village_code, length(s.declared_village_code)) <> s.declared_village_code));
