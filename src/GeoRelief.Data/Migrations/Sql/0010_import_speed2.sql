-- The raw input positions of an import, one row per batch instead of one row per point: a batch of a million points
-- wrote a million rows into import_raw_position, each with its own foreign-key check against import_batch and an
-- upsert into a (text, text) primary key — a quarter of the whole import. Here a batch's positions are three arrays
-- (feature ids, x, y) in the order of one aggregation, written with one foreign-key check. Every batch keeps its
-- own positions (the history an audit wants); the view of the old name gives, per feature, the position of the
-- latest batch that wrote it, as the table did.
CREATE TABLE georelief.import_raw_batch (
  batch_id    bigint PRIMARY KEY REFERENCES georelief.import_batch (id),
  layer_table text NOT NULL,
  raw_crs     text NOT NULL,
  feature_ids text[] NOT NULL,
  raw_x       double precision[] NOT NULL,
  raw_y       double precision[] NOT NULL,
  CHECK (cardinality(raw_x) = cardinality(feature_ids) AND cardinality(raw_y) = cardinality(feature_ids))
);
CREATE INDEX import_raw_batch_layer_idx ON georelief.import_raw_batch (layer_table, batch_id);

-- The positions recorded so far move over batch by batch (a batch wrote one layer in one coordinate system).
INSERT INTO georelief.import_raw_batch (batch_id, layer_table, raw_crs, feature_ids, raw_x, raw_y)
SELECT batch_id, min(layer_table), min(raw_crs),
       array_agg(feature_id ORDER BY feature_id), array_agg(raw_x ORDER BY feature_id), array_agg(raw_y ORDER BY feature_id)
  FROM georelief.import_raw_position
 GROUP BY batch_id;

DROP TABLE georelief.import_raw_position;

-- A filter on layer_table and feature_id reaches the unnested rows before the DISTINCT ON (they are its columns), so
-- one feature's lookup unnests its layer's batches and sorts only its own positions.
CREATE VIEW georelief.import_raw_position AS
SELECT DISTINCT ON (b.layer_table, p.feature_id)
       b.layer_table, p.feature_id, p.raw_x, p.raw_y, b.raw_crs, b.batch_id
  FROM georelief.import_raw_batch AS b
 CROSS JOIN LATERAL unnest(b.feature_ids, b.raw_x, b.raw_y) AS p (feature_id, raw_x, raw_y)
 ORDER BY b.layer_table, p.feature_id, b.batch_id DESC;
