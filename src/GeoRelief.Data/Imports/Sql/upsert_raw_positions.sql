-- The input position of every point written, in the input's own coordinate system.
INSERT INTO georelief.import_raw_position (layer_table, feature_id, raw_x, raw_y, raw_crs, batch_id)
SELECT @table, c.id, c.raw_x, c.raw_y, @crs, @batch
  FROM import_changed AS c
 WHERE c.raw_x IS NOT NULL
    ON CONFLICT (layer_table, feature_id) DO UPDATE
   SET raw_x = EXCLUDED.raw_x, raw_y = EXCLUDED.raw_y, raw_crs = EXCLUDED.raw_crs, batch_id = EXCLUDED.batch_id
