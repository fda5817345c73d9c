SELECT row_no, field, problem, message, value, hint, severity
  FROM georelief.import_problem
 WHERE batch_id = @batch
 ORDER BY seq
 LIMIT @limit
