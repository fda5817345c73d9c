UPDATE georelief.import_batch
   SET status = @status, rows_read = @rows_read, rows_rejected = @rows_rejected, inserted = @inserted, updated = @updated,
       unchanged = @unchanged, errors = @errors, warnings = @warnings, finished_at = @finished_at
 WHERE id = @batch
