-- The input position of every point written, in the input's own coordinate system: one row for the batch, three
-- arrays filled by one aggregation (so their elements line up), one foreign-key check (migration 0010). The rows
-- written are import_changed, or, when all valid rows were new (select_all_new.sql), the valid staged rows themselves,
-- read without the view's join with the locations.
INSERT INTO georelief.import_raw_batch (batch_id, layer_table, raw_crs, feature_ids, raw_x, raw_y)
SELECT @batch, @table, @crs, array_agg(c.id), array_agg(c.raw_x), array_agg(c.raw_y)
  FROM {changed} AS c
 WHERE c.raw_x IS NOT NULL
HAVING count(*) > 0
