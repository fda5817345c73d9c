-- The report lines of one import while it runs (temporary), saved to import_problem at the end.
CREATE TEMP TABLE import_problems (
  row_no   bigint NOT NULL,
  field    text,
  problem  text NOT NULL,
  message  text NOT NULL,
  value    text,
  hint     text,
  severity text NOT NULL
) ON COMMIT DROP;
