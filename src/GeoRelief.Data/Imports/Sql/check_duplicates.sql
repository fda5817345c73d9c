-- A key given twice in one file: the first row stands, every later one is an error naming the first. Only the keys of
-- the rows the reader marked maybe_repeated can be given twice (every later occurrence of a key is marked), so only
-- those are grouped: a few thousand of a million-row file instead of all (the importer skips this when none is).
WITH candidates AS (
  SELECT DISTINCT {key_columns}
    FROM import_stage
   WHERE maybe_repeated AND {key_not_null}
), repeated AS (
  SELECT {key_columns}, min(s.row_no) AS first_row
    FROM import_stage AS s
    JOIN candidates USING ({key_columns})
   GROUP BY {key_columns}
  HAVING count(*) > 1
)
INSERT INTO import_problems (row_no, field, problem, message, value, hint, severity)
SELECT s.row_no, @key_label, 'duplicate_key', format('The key %s was given already on row %s.', {key_text}, r.first_row), {key_text},
       'Give every row its own key, or remove the repeated row.', 'error'
  FROM import_stage AS s
  JOIN repeated AS r USING ({key_columns})
 WHERE s.row_no <> r.first_row
