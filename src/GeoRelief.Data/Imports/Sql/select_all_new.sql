-- The changed rows when no valid staged row names a key the layer holds (select_overlap.sql): all valid rows, all new.
-- A view over the stage in place of select_changed.sql's table, so the rows are not written once more before the
-- insert reads them; it is dropped before the commit (drop_all_new.sql), and with the stage on a rollback.
CREATE TEMP VIEW import_changed AS
SELECT {select_list}, true AS is_new, s.raw_x, s.raw_y, s.row_no
  FROM import_stage AS s
  {location_join}
 WHERE s.ok
