-- The changed rows when no valid staged row names a key the layer holds (select_overlap.sql): all valid rows, all new.
-- A view in place of select_changed.sql's table, so the rows are not written once more before the insert reads them;
-- it is dropped before the commit (drop_all_new.sql), and with the stage on a rollback. For a point layer it reads
-- the located rows, which carry their staged columns (import_located, locate_points.sql): every valid row of such a
-- layer is located (a position in no village is an error), and the insert checks that it wrote as many rows as were
-- counted.
CREATE TEMP VIEW import_changed AS
SELECT {select_list}, true AS is_new, s.raw_x, s.raw_y, s.row_no
  FROM {all_new_source} AS s
 WHERE s.ok
