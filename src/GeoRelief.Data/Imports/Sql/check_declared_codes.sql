-- Where a declared village code disagrees with the location the location wins and the report says so (declared,
-- located, distance from the feature to the declared unit). The disagreement was decided by the linkage
-- (import_location.declared_differs, locate_points.sql: the reader places no point whose declared code disagrees), and
-- the located rows carry the declared code and the position, so the stage is not read again. A code that names no
-- unit is an error the reader reported (KnownAdminCodes) and gets that line only: the join with the declared unit
-- finds none.
INSERT INTO import_problems (row_no, field, problem, message, value, hint, severity)
SELECT l.row_no, 'declared_village_code', 'declared_code_mismatch',
       format('Declared in %s %s but located in %s %s (township %s), %s m from the declared unit.',
              d.name, d.code, v.name, l.village_code, l.township_code, round(ST_Distance(l.geom::geography, d.geom::geography)::numeric)),
       l.declared_village_code,
       'The location decides: the feature is filed under ' || l.village_code || '. If the position is right, correct the code; '
       || 'if the code is right, check the coordinates (positions picked on AMap or Baidu need --crs GCJ-02 or BD-09).',
       'warning'
  FROM import_location AS l
  JOIN georelief.admin_unit AS d ON d.code = l.declared_village_code
  LEFT JOIN georelief.admin_unit AS v ON v.code = l.village_code
 WHERE l.declared_differs;
