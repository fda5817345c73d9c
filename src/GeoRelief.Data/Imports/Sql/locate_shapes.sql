-- Lines and polygons must touch at least one village of the database.
INSERT INTO import_problems (row_no, field, problem, message, value, hint, severity)
SELECT s.row_no, 'geometry', 'outside_admin_units', 'The geometry touches no village of the database.', left(ST_AsText(s.geom), 200),
       'Check the coordinates and their system (--crs), or load the boundaries of the county the feature lies in.', 'error'
  FROM import_stage AS s
 WHERE s.geom IS NOT NULL
   AND NOT EXISTS (SELECT 1 FROM georelief.admin_unit AS a WHERE a.level = 5 AND ST_Intersects(a.geom, s.geom));
