-- The rows with an error (mark_rejected.sql) are left out of the located rows as well.
UPDATE import_location AS l SET ok = false
  FROM (SELECT DISTINCT row_no FROM import_problems WHERE severity = 'error') AS e
 WHERE l.row_no = e.row_no AND l.ok
