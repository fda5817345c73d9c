-- The report's counts of errors and warnings. Every row with an error has its line here (the reader's own problems
-- too: report_reader_problems.sql), so without an error every staged row is valid and the stage need not be read.
SELECT count(*) FILTER (WHERE severity = 'error') AS errors,
       count(*) FILTER (WHERE severity = 'warning') AS warnings
  FROM import_problems
