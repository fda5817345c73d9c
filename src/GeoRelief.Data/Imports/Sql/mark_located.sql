-- The rows with an error (mark_rejected.sql, run only when there is one) are left out of the rows located in PostGIS
-- as well (the rows the reader placed are read from the stage, with its ok).
UPDATE import_location AS l SET ok = false
  FROM (SELECT DISTINCT row_no FROM import_problems WHERE severity = 'error') AS e
 WHERE l.row_no = e.row_no AND l.ok
