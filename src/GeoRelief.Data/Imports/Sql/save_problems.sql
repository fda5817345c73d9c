-- The report, kept with the batch: file-level lines first, then by row.
INSERT INTO georelief.import_problem (batch_id, seq, row_no, field, problem, message, value, hint, severity)
SELECT @batch, row_number() OVER (ORDER BY row_no, severity, field NULLS FIRST, problem), row_no, field, problem, message, value, hint, severity
  FROM import_problems
