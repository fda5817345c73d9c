-- The counties of the database with their bounding boxes: where imported features are expected.
SELECT code, name, ST_XMin(geom), ST_XMax(geom), ST_YMin(geom), ST_YMax(geom)
  FROM georelief.admin_unit
 WHERE level = 3 AND geom IS NOT NULL
 ORDER BY code
