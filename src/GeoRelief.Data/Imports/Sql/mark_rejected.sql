-- Rows with at least one error are left out; then how many rows that is. Run only when there is an error
-- (count_problems.sql).
UPDATE import_stage AS s SET ok = false
  FROM (SELECT DISTINCT row_no FROM import_problems WHERE severity = 'error') AS e
 WHERE s.row_no = e.row_no AND s.ok;

SELECT count(*) FROM import_stage WHERE NOT ok;
