-- A key given twice in one file, for a layer keyed by one text column whose candidate keys the reader collected
-- (@keys: the keys of the rows it marked maybe_repeated, StagedKeys; every later occurrence of a key is marked, so
-- every repeated key is among them). Same report as check_duplicates.sql, in one pass over the stage instead of two:
-- the first row of each key stands, every later one is an error naming it.
WITH occurrences AS (
  SELECT s.row_no, s.{key_columns} AS key,
         min(s.row_no) OVER (PARTITION BY s.{key_columns}) AS first_row,
         count(*) OVER (PARTITION BY s.{key_columns}) AS times
    FROM import_stage AS s
    JOIN (SELECT DISTINCT unnest(@keys::text[]) AS key) AS c ON c.key = s.{key_columns}
)
INSERT INTO import_problems (row_no, field, problem, message, value, hint, severity)
SELECT o.row_no, @key_label, 'duplicate_key', format('The key %s was given already on row %s.', o.key, o.first_row), o.key,
       'Give every row its own key, or remove the repeated row.', 'error'
  FROM occurrences AS o
 WHERE o.times > 1 AND o.row_no <> o.first_row
