-- Vector tiles: generalised boundaries per zoom band, and change capture for exact tile-cache invalidation.

-- Boundaries of counties, townships and villages simplified for each zoom band (GeoRelief.Core.Tiles.ZoomBands),
-- built by simplifying the shared edges once so that neighbours keep sharing their boundaries exactly
-- (Data/Tiles/Sql/insert_generalised_band.sql). area_km2 is the source polygon's ellipsoidal area.
CREATE TABLE georelief.admin_unit_generalised (
  code     text NOT NULL,
  level    smallint NOT NULL,
  band     smallint NOT NULL,
  area_km2 double precision NOT NULL,
  geom     geometry(MultiPolygon, 4490) NOT NULL,
  PRIMARY KEY (band, code)
);
CREATE INDEX admin_unit_generalised_geom_idx ON georelief.admin_unit_generalised USING gist (geom);
CREATE INDEX admin_unit_generalised_band_level_idx ON georelief.admin_unit_generalised (band, level);

-- One row per changed feature or per unit whose derived figures changed, read by the tile cache to evict exactly
-- the tiles that the change touches. layer is the source table. figures = false: the bboxes are the feature's
-- geometry before (old_bbox) and after (new_bbox); figures = true: they cover the units or the reach (500 m of a
-- road, 10 km of an industrial base) whose thematic figures depend on the row. Both bboxes null: everything of
-- that table changed (TRUNCATE, a regeneralisation).
CREATE TABLE georelief.tile_change (
  id         bigserial PRIMARY KEY,
  layer      text NOT NULL,
  figures    boolean NOT NULL DEFAULT false,
  old_bbox   geometry(Geometry, 4490),
  new_bbox   geometry(Geometry, 4490),
  txid       bigint NOT NULL DEFAULT txid_current(),
  changed_at timestamptz NOT NULL DEFAULT now()
);

-- The envelope of a township's polygon, or of the point itself where the township is not known yet.
CREATE FUNCTION georelief.tile_change_township_bbox(township text, point geometry) RETURNS geometry
LANGUAGE sql STABLE AS $$
  SELECT coalesce((SELECT ST_Envelope(a.geom) FROM georelief.admin_unit a WHERE a.code = township), ST_Envelope(point))
$$;

-- A box grown by a distance in metres (degrees of longitude shrink with latitude; 111,000 m per degree is the
-- lower bound, so the box is never too small).
CREATE FUNCTION georelief.tile_change_reach(box geometry, metres double precision) RETURNS geometry
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE WHEN box IS NULL THEN NULL ELSE
    ST_SetSRID(ST_Expand(box::box2d, metres / 111000.0 / cos(radians(least(85, greatest(abs(ST_YMin(box)), abs(ST_YMax(box)))))),
                         metres / 111000.0)::geometry, 4490) END
$$;

CREATE FUNCTION georelief.capture_feature_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO georelief.tile_change (layer, old_bbox, new_bbox)
  VALUES (TG_TABLE_NAME,
          CASE WHEN TG_OP <> 'INSERT' THEN ST_Envelope(OLD.geom) END,
          CASE WHEN TG_OP <> 'DELETE' THEN ST_Envelope(NEW.geom) END);
  RETURN NULL;
END $$;

-- A natural village's households feed its township's and village's figures (poverty, road coverage).
CREATE FUNCTION georelief.capture_natural_village_figures() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO georelief.tile_change (layer, figures, old_bbox, new_bbox)
  VALUES ('natural_village', true,
          CASE WHEN TG_OP <> 'INSERT' THEN georelief.tile_change_township_bbox(OLD.township_code, OLD.geom) END,
          CASE WHEN TG_OP <> 'DELETE' THEN georelief.tile_change_township_bbox(NEW.township_code, NEW.geom) END);
  RETURN NULL;
END $$;

CREATE FUNCTION georelief.capture_village_year_figures() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO georelief.tile_change (layer, figures, old_bbox, new_bbox)
  SELECT 'village_year', true,
         CASE WHEN TG_OP <> 'INSERT' THEN
           (SELECT georelief.tile_change_township_bbox(nv.township_code, nv.geom) FROM georelief.natural_village nv
             WHERE nv.id = OLD.natural_village_id) END,
         CASE WHEN TG_OP <> 'DELETE' THEN
           (SELECT georelief.tile_change_township_bbox(nv.township_code, nv.geom) FROM georelief.natural_village nv
             WHERE nv.id = NEW.natural_village_id) END;
  RETURN NULL;
END $$;

-- A road decides whether natural villages within 500 m are connected, and so the coverage of their townships.
CREATE FUNCTION georelief.capture_road_figures() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  old_reach geometry := CASE WHEN TG_OP <> 'INSERT' THEN georelief.tile_change_reach(ST_Envelope(OLD.geom), 500) END;
  new_reach geometry := CASE WHEN TG_OP <> 'DELETE' THEN georelief.tile_change_reach(ST_Envelope(NEW.geom), 500) END;
BEGIN
  INSERT INTO georelief.tile_change (layer, figures, old_bbox, new_bbox)
  VALUES ('road', true,
          (SELECT ST_Envelope(ST_Collect(old_reach, ST_Collect(a.geom))) FROM georelief.admin_unit a
            WHERE a.level = 4 AND a.geom && old_reach),
          (SELECT ST_Envelope(ST_Collect(new_reach, ST_Collect(a.geom))) FROM georelief.admin_unit a
            WHERE a.level = 4 AND a.geom && new_reach));
  RETURN NULL;
END $$;

-- An industrial base's jobs count for every natural village within 10 km (the job-access layer).
CREATE FUNCTION georelief.capture_industrial_base_figures() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO georelief.tile_change (layer, figures, old_bbox, new_bbox)
  VALUES ('industrial_base', true,
          CASE WHEN TG_OP <> 'INSERT' THEN georelief.tile_change_reach(ST_Envelope(OLD.geom), 10000) END,
          CASE WHEN TG_OP <> 'DELETE' THEN georelief.tile_change_reach(ST_Envelope(NEW.geom), 10000) END);
  RETURN NULL;
END $$;

-- A relocation source is drawn as the line from the site to the natural village.
CREATE FUNCTION georelief.capture_relocation_source_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO georelief.tile_change (layer, old_bbox, new_bbox)
  SELECT 'relocation_source',
         CASE WHEN TG_OP <> 'INSERT' THEN
           (SELECT ST_Envelope(ST_Collect(s.geom, nv.geom)) FROM georelief.relocation_site s, georelief.natural_village nv
             WHERE s.id = OLD.site_id AND nv.id = OLD.natural_village_id) END,
         CASE WHEN TG_OP <> 'DELETE' THEN
           (SELECT ST_Envelope(ST_Collect(s.geom, nv.geom)) FROM georelief.relocation_site s, georelief.natural_village nv
             WHERE s.id = NEW.site_id AND nv.id = NEW.natural_village_id) END;
  RETURN NULL;
END $$;

-- Everything of a table changed: earlier rows of that table say nothing more, so they go.
CREATE FUNCTION georelief.capture_table_reset() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  reset_id bigint;
BEGIN
  INSERT INTO georelief.tile_change (layer) VALUES (TG_ARGV[0]) RETURNING id INTO reset_id;
  DELETE FROM georelief.tile_change WHERE layer = TG_ARGV[0] AND id < reset_id;
  RETURN NULL;
END $$;

DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['admin_unit', 'natural_village', 'road', 'facility', 'relocation_site', 'industrial_base',
                           'constraint_zone']
  LOOP
    EXECUTE format('CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE ON georelief.%I
                    FOR EACH ROW EXECUTE FUNCTION georelief.capture_feature_change()', t || '_tile_change', t);
  END LOOP;
  FOREACH t IN ARRAY ARRAY['admin_unit', 'natural_village', 'village_year', 'road', 'facility', 'relocation_site',
                           'relocation_source', 'industrial_base', 'constraint_zone']
  LOOP
    EXECUTE format('CREATE TRIGGER %I AFTER TRUNCATE ON georelief.%I
                    FOR EACH STATEMENT EXECUTE FUNCTION georelief.capture_table_reset(%L)', t || '_tile_reset', t, t);
  END LOOP;
END $$;

CREATE TRIGGER natural_village_tile_figures AFTER INSERT OR UPDATE OR DELETE ON georelief.natural_village
  FOR EACH ROW EXECUTE FUNCTION georelief.capture_natural_village_figures();
CREATE TRIGGER village_year_tile_figures AFTER INSERT OR UPDATE OR DELETE ON georelief.village_year
  FOR EACH ROW EXECUTE FUNCTION georelief.capture_village_year_figures();
CREATE TRIGGER road_tile_figures AFTER INSERT OR UPDATE OR DELETE ON georelief.road
  FOR EACH ROW EXECUTE FUNCTION georelief.capture_road_figures();
CREATE TRIGGER industrial_base_tile_figures AFTER INSERT OR UPDATE OR DELETE ON georelief.industrial_base
  FOR EACH ROW EXECUTE FUNCTION georelief.capture_industrial_base_figures();
CREATE TRIGGER relocation_source_tile_change AFTER INSERT OR UPDATE OR DELETE ON georelief.relocation_source
  FOR EACH ROW EXECUTE FUNCTION georelief.capture_relocation_source_change();
-- Regenerating the generalised boundaries redraws every layer built on administrative units.
CREATE TRIGGER admin_unit_generalised_tile_reset AFTER INSERT OR DELETE OR TRUNCATE ON georelief.admin_unit_generalised
  FOR EACH STATEMENT EXECUTE FUNCTION georelief.capture_table_reset('admin_unit');
