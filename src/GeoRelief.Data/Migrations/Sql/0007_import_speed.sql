-- Change capture of natural villages, set-based: the same tile_change rows as the row triggers of 0004 (one per
-- changed village for the feature, one for its township's figures), written once per statement from the transition
-- tables. A row trigger ran two PL/pgSQL calls and two single-row INSERTs per village: 80 % of the time of a
-- 200,000-row import. An UPDATE writes the old and the new boxes as separate rows (the tile cache evicts the tiles
-- each box covers, row by row, so a split pair evicts the same tiles); every box stays non-null, never a reset.
DROP TRIGGER natural_village_tile_change ON georelief.natural_village;
DROP TRIGGER natural_village_tile_figures ON georelief.natural_village;
DROP FUNCTION georelief.capture_natural_village_figures();

CREATE FUNCTION georelief.capture_natural_village_changes() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'INSERT' THEN
    INSERT INTO georelief.tile_change (layer, figures, old_bbox, new_bbox)
    SELECT 'natural_village', f.figures,
           CASE WHEN f.figures THEN coalesce(ST_Envelope(t.geom), ST_Envelope(o.geom)) ELSE ST_Envelope(o.geom) END, NULL
      FROM old_rows AS o
     CROSS JOIN (VALUES (false), (true)) AS f (figures)
      LEFT JOIN georelief.admin_unit AS t ON f.figures AND t.code = o.township_code;
  END IF;
  IF TG_OP <> 'DELETE' THEN
    INSERT INTO georelief.tile_change (layer, figures, old_bbox, new_bbox)
    SELECT 'natural_village', f.figures,
           NULL, CASE WHEN f.figures THEN coalesce(ST_Envelope(t.geom), ST_Envelope(n.geom)) ELSE ST_Envelope(n.geom) END
      FROM new_rows AS n
     CROSS JOIN (VALUES (false), (true)) AS f (figures)
      LEFT JOIN georelief.admin_unit AS t ON f.figures AND t.code = n.township_code;
  END IF;
  RETURN NULL;
END $$;

-- A trigger with transition tables takes one event, hence three.
CREATE TRIGGER natural_village_tile_insert AFTER INSERT ON georelief.natural_village
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION georelief.capture_natural_village_changes();
CREATE TRIGGER natural_village_tile_update AFTER UPDATE ON georelief.natural_village
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION georelief.capture_natural_village_changes();
CREATE TRIGGER natural_village_tile_delete AFTER DELETE ON georelief.natural_village
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION georelief.capture_natural_village_changes();
