-- Change capture of natural villages, set-based, from the transition tables of each statement, in place of the row
-- triggers of 0004, which ran two PL/pgSQL calls and two single-row INSERTs per village (80 % of the time of an
-- INSERT of 200,000 villages). The rows say what the row triggers said, about fewer boxes:
--  * figures: the box of the township before and after (the row trigger wrote that same box once per village, so one
--    row per distinct pair of townships is exact); a village without a known township gives the box of its points;
--  * features: the extent of the points before and after, per pair of cells of 0.01° (about 1 km). A
--    single-row write gives exactly the rows of the row triggers (its point's box, old and new in one row); a bulk
--    write evicts, within each cell, the tiles between its changed points too.
-- Old and new rows of an UPDATE are paired by id. No row has two null boxes: a row here never reads as a reset.
DROP TRIGGER natural_village_tile_change ON georelief.natural_village;
DROP TRIGGER natural_village_tile_figures ON georelief.natural_village;
DROP FUNCTION georelief.capture_natural_village_figures();

-- The transition tables (old_rows, new_rows) exist only for their events: the statement reads an empty stand-in
-- for the side the event lacks. Only the fixed texts below are formatted into it.
CREATE FUNCTION georelief.capture_natural_village_changes() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  none CONSTANT text := 'SELECT id, township_code, geom FROM georelief.natural_village WHERE false';
BEGIN
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
  CASE WHEN TG_OP = 'INSERT' THEN none ELSE 'SELECT id, township_code, geom FROM old_rows' END,
  CASE WHEN TG_OP = 'DELETE' THEN none ELSE 'SELECT id, township_code, geom FROM new_rows' END);
  RETURN NULL;
END $$;

-- A trigger with transition tables takes one event, hence three.
CREATE TRIGGER natural_village_tile_insert AFTER INSERT ON georelief.natural_village
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION georelief.capture_natural_village_changes();
CREATE TRIGGER natural_village_tile_update AFTER UPDATE ON georelief.natural_village
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION georelief.capture_natural_village_changes();
CREATE TRIGGER natural_village_tile_delete AFTER DELETE ON georelief.natural_village
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION georelief.capture_natural_village_changes();
