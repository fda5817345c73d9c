-- Rows with at least one error are left out; then the counts of the report.
UPDATE import_stage AS s SET ok = false
  FROM (SELECT DISTINCT row_no FROM import_problems WHERE severity = 'error') AS e
 WHERE s.row_no = e.row_no AND s.ok;

SELECT (SELECT count(*) FROM import_stage) AS rows_read,
       (SELECT count(*) FROM import_stage WHERE NOT ok) AS rows_rejected,
       (SELECT count(*) FROM import_problems WHERE severity = 'error') AS errors,
       (SELECT count(*) FROM import_problems WHERE severity = 'warning') AS warnings;
