-- The problems the reader found (kept with each staged row) as report lines; run only when it found any.
INSERT INTO import_problems (row_no, field, problem, message, value, hint, severity)
SELECT s.row_no, p.field, p.problem, p.message, p.value, p.hint, p.severity
  FROM import_stage AS s
 CROSS JOIN LATERAL jsonb_to_recordset(s.problems)
       AS p (field text, problem text, message text, value text, hint text, severity text)
 WHERE s.problems IS NOT NULL
