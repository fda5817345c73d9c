-- A key given twice in one file: the first row stands, every later one is an error naming the first.
WITH repeated AS (
  SELECT {key_columns}, min(row_no) AS first_row
    FROM import_stage
   WHERE {key_not_null}
   GROUP BY {key_columns}
  HAVING count(*) > 1
)
INSERT INTO import_problems (row_no, field, problem, message, value, hint, severity)
SELECT s.row_no, @key_label, 'duplicate_key', format('The key %s was given already on row %s.', {key_text}, r.first_row), {key_text},
       'Give every row its own key, or remove the repeated row.', 'error'
  FROM import_stage AS s
  JOIN repeated AS r USING ({key_columns})
 WHERE s.row_no <> r.first_row
