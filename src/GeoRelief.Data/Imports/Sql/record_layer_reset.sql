-- One reset of the layer in the tile cache's change log, as a TRUNCATE records it (capture_table_reset, migration
-- 0004): every tile that shows the layer is drawn again. Written by a bulk insert in place of its row boxes
-- (select_insert_captures.sql); the layer's earlier changes are covered by it and go.
WITH reset AS (
  INSERT INTO georelief.tile_change (layer) VALUES (@table) RETURNING id
)
DELETE FROM georelief.tile_change AS c
 USING reset AS r
 WHERE c.layer = @table AND c.id < r.id
