-- Every village's boundary for the reader's map of the cells well inside one village (VillageCellMap), with its
-- township and whether PostGIS finds it valid (the map leaves an invalid village's points to PostGIS).
SELECT code, parent_code, ST_IsValid(geom), ST_AsBinary(geom)
  FROM georelief.admin_unit
 WHERE level = 5 AND geom IS NOT NULL
 ORDER BY code
