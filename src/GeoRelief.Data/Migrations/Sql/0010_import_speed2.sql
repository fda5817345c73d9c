-- The raw input positions of an import, one row per batch instead of one row per point: a batch of a million points
-- wrote a million rows into import_raw_position, each with its own foreign-key check against import_batch and an
-- upsert into a (text, text) primary key — a quarter of the whole import. Here a batch's positions are three arrays
-- (feature ids, x, y) in the order of one aggregation, written with one foreign-key check. Every batch keeps its
-- own positions (the history an audit wants); the view of the old name gives, per feature, the position of the
-- latest batch that wrote it, as the table did.
CREATE TABLE georelief.import_raw_batch (
  batch_id    bigint NOT NULL REFERENCES georelief.import_batch (id),
  layer_table text NOT NULL,
  raw_crs     text NOT NULL,
  feature_ids text[] NOT NULL,
  raw_x       double precision[] NOT NULL,
  raw_y       double precision[] NOT NULL,
  PRIMARY KEY (batch_id, layer_table),
  CHECK (cardinality(raw_x) = cardinality(feature_ids) AND cardinality(raw_y) = cardinality(feature_ids))
);
CREATE INDEX import_raw_batch_layer_idx ON georelief.import_raw_batch (layer_table, batch_id);

-- The positions recorded so far move over batch by batch (a batch writes one layer in one coordinate system).
INSERT INTO georelief.import_raw_batch (batch_id, layer_table, raw_crs, feature_ids, raw_x, raw_y)
SELECT batch_id, layer_table, min(raw_crs),
       array_agg(feature_id ORDER BY feature_id), array_agg(raw_x ORDER BY feature_id), array_agg(raw_y ORDER BY feature_id)
  FROM georelief.import_raw_position
 GROUP BY batch_id, layer_table;

DROP TABLE georelief.import_raw_position;

-- A filter on layer_table and feature_id reaches the unnested rows before the DISTINCT ON (they are its columns), so
-- one feature's lookup unnests its layer's batches and sorts only its own positions.
CREATE VIEW georelief.import_raw_position AS
SELECT DISTINCT ON (b.layer_table, p.feature_id)
       b.layer_table, p.feature_id, p.raw_x, p.raw_y, b.raw_crs, b.batch_id
  FROM georelief.import_raw_batch AS b
 CROSS JOIN LATERAL unnest(b.feature_ids, b.raw_x, b.raw_y) AS p (feature_id, raw_x, raw_y)
 ORDER BY b.layer_table, p.feature_id, b.batch_id DESC;

-- Change capture of an INSERT into natural_village without the FULL JOIN of 0007 against an empty stand-in for the
-- old rows (a hash join over every inserted row) and with one pass over the inserted rows instead of two: they are
-- first grouped by township and 0.01° cell, and both kinds of box are made from those groups. The rows written are
-- those of 0007 (the extent of a cell's or a township's points is the extent of the extents of its groups); UPDATE
-- and DELETE take 0007's statement unchanged.
CREATE OR REPLACE FUNCTION georelief.capture_natural_village_changes() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  none CONSTANT text := 'SELECT id, township_code, geom FROM georelief.natural_village WHERE false';
BEGIN
  IF TG_OP = 'INSERT' THEN
    WITH cells AS (
      SELECT n.township_code, floor(ST_X(n.geom) * 100) AS x, floor(ST_Y(n.geom) * 100) AS y, ST_Extent(n.geom)::geometry AS extent
        FROM new_rows AS n
       GROUP BY n.township_code, floor(ST_X(n.geom) * 100), floor(ST_Y(n.geom) * 100)
    ), boxes AS (
      SELECT false AS figures, ST_SetSRID(ST_Extent(c.extent)::geometry, 4490) AS new_bbox
        FROM cells AS c
       GROUP BY c.x, c.y
      UNION ALL
      SELECT true, coalesce(ST_Envelope(nt.geom), f.new_extent)
        FROM (SELECT nk.code AS new_code, ST_SetSRID(ST_Extent(c.extent)::geometry, 4490) AS new_extent
                FROM cells AS c
                LEFT JOIN georelief.admin_unit AS nk ON nk.code = c.township_code AND nk.geom IS NOT NULL
               GROUP BY nk.code, CASE WHEN nk.code IS NULL THEN c.x END, CASE WHEN nk.code IS NULL THEN c.y END) AS f
        LEFT JOIN georelief.admin_unit AS nt ON nt.code = f.new_code
    )
    INSERT INTO georelief.tile_change (layer, figures, old_bbox, new_bbox)
    SELECT 'natural_village', b.figures, NULL, b.new_bbox FROM boxes AS b;
    RETURN NULL;
  END IF;

  EXECUTE format($sql$
    WITH changed AS (
      SELECT o.township_code AS old_township, o.geom AS old_geom, n.township_code AS new_township, n.geom AS new_geom,
             floor(ST_X(o.geom) * 100) AS old_x, floor(ST_Y(o.geom) * 100) AS old_y,
             floor(ST_X(n.geom) * 100) AS new_x, floor(ST_Y(n.geom) * 100) AS new_y
        FROM (%s) AS o
        FULL JOIN (%s) AS n ON n.id = o.id
    ), boxes AS (
      SELECT false AS figures, ST_SetSRID(ST_Extent(c.old_geom)::geometry, 4490) AS old_bbox,
             ST_SetSRID(ST_Extent(c.new_geom)::geometry, 4490) AS new_bbox
        FROM changed AS c
       GROUP BY c.old_x, c.old_y, c.new_x, c.new_y
      UNION ALL
      SELECT true, coalesce(ST_Envelope(ot.geom), f.old_extent), coalesce(ST_Envelope(nt.geom), f.new_extent)
        FROM (SELECT ok.code AS old_code, nk.code AS new_code,
                     ST_SetSRID(ST_Extent(c.old_geom)::geometry, 4490) AS old_extent,
                     ST_SetSRID(ST_Extent(c.new_geom)::geometry, 4490) AS new_extent
                FROM changed AS c
                LEFT JOIN georelief.admin_unit AS ok ON ok.code = c.old_township AND ok.geom IS NOT NULL
                LEFT JOIN georelief.admin_unit AS nk ON nk.code = c.new_township AND nk.geom IS NOT NULL
               GROUP BY ok.code, nk.code, CASE WHEN ok.code IS NULL THEN c.old_x END, CASE WHEN ok.code IS NULL THEN c.old_y END,
                        CASE WHEN nk.code IS NULL THEN c.new_x END, CASE WHEN nk.code IS NULL THEN c.new_y END) AS f
        LEFT JOIN georelief.admin_unit AS ot ON ot.code = f.old_code
        LEFT JOIN georelief.admin_unit AS nt ON nt.code = f.new_code
    )
    INSERT INTO georelief.tile_change (layer, figures, old_bbox, new_bbox)
    SELECT 'natural_village', b.figures, b.old_bbox, b.new_bbox FROM boxes AS b
  $sql$,
  'SELECT id, township_code, geom FROM old_rows',
  CASE WHEN TG_OP = 'DELETE' THEN none ELSE 'SELECT id, township_code, geom FROM new_rows' END);
  RETURN NULL;
END $$;
