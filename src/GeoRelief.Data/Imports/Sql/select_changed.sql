-- The valid rows that differ from what the database holds (new keys, or any column changed): only these are
-- written, so re-importing the same file writes nothing and data_version stays where it was.
CREATE TEMP TABLE import_changed ON COMMIT DROP AS
SELECT {select_list}, t.{key_first} IS NULL AS is_new, s.raw_x, s.raw_y, s.row_no
  FROM import_stage AS s
  {location_join}
  LEFT JOIN georelief.{table} AS t ON {key_join}
 WHERE s.ok
   AND (t.{key_first} IS NULL OR ({target_columns}) IS DISTINCT FROM ({select_expressions}));

SELECT count(*) FILTER (WHERE is_new), count(*) FILTER (WHERE NOT is_new) FROM import_changed;
