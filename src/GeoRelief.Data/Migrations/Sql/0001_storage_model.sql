-- The storage model of DESIGN.md. All geometry in EPSG:4490 (CGCS2000 geographic).
-- Enumerations are text with CHECK constraints: easy to read in psql, easy to extend in a migration.
-- Every feature carries the township and village it lies in ("located"), set by the linkage step;
-- a row may also declare a village code of its own, kept separately so mismatches can be reported.

CREATE SCHEMA IF NOT EXISTS georelief;

CREATE TABLE georelief.admin_unit (
  code             text PRIMARY KEY,
  level            smallint NOT NULL CHECK (level BETWEEN 1 AND 5),
  parent_code      text REFERENCES georelief.admin_unit (code),
  name             text NOT NULL,
  urban_rural_code smallint CHECK (urban_rural_code IN (111, 112, 121, 122, 123, 210, 220)),
  code_year        smallint NOT NULL,
  geom             geometry(MultiPolygon, 4490),
  -- NBS codes are hierarchical: 2 digits province, 4 prefecture, 6 county, 9 township, 12 village.
  CONSTRAINT admin_unit_code_matches_level CHECK (
    code ~ '^[0-9]+$' AND length(code) = (ARRAY[2, 4, 6, 9, 12])[level]),
  CONSTRAINT admin_unit_parent_is_prefix CHECK (
    (level = 1 AND parent_code IS NULL) OR (level > 1 AND left(code, length(parent_code)) = parent_code))
);
CREATE INDEX admin_unit_geom_idx ON georelief.admin_unit USING gist (geom);
CREATE INDEX admin_unit_parent_idx ON georelief.admin_unit (parent_code);
-- "within 522628" is a prefix match on the hierarchical code.
CREATE INDEX admin_unit_code_prefix_idx ON georelief.admin_unit (code text_pattern_ops);
CREATE INDEX admin_unit_level_idx ON georelief.admin_unit (level);

CREATE TABLE georelief.natural_village (
  id                    text PRIMARY KEY,
  name                  text NOT NULL,
  declared_village_code text,
  village_code          text,
  township_code         text,
  households            integer NOT NULL CHECK (households >= 0),
  population            integer NOT NULL CHECK (population >= 0),
  geom                  geometry(Point, 4490) NOT NULL
);
CREATE INDEX natural_village_geom_idx ON georelief.natural_village USING gist (geom);
CREATE INDEX natural_village_village_idx ON georelief.natural_village (village_code text_pattern_ops);
CREATE INDEX natural_village_township_idx ON georelief.natural_village (township_code text_pattern_ops);

CREATE TABLE georelief.village_year (
  natural_village_id     text NOT NULL REFERENCES georelief.natural_village (id) ON DELETE CASCADE,
  year                   smallint NOT NULL CHECK (year BETWEEN 2000 AND 2100),
  registered_population  integer NOT NULL CHECK (registered_population >= 0),
  poor_households        integer NOT NULL CHECK (poor_households >= 0),
  poor_population        integer NOT NULL CHECK (poor_population >= 0),
  exited_households      integer NOT NULL DEFAULT 0 CHECK (exited_households >= 0),
  monitored_households   integer NOT NULL DEFAULT 0 CHECK (monitored_households >= 0),
  PRIMARY KEY (natural_village_id, year),
  CHECK (poor_population <= registered_population)
);

CREATE TABLE georelief.road (
  id            text PRIMARY KEY,
  name          text,
  class         text NOT NULL CHECK (class IN ('national', 'provincial', 'county', 'township', 'village', 'group')),
  surface       text NOT NULL CHECK (surface IN ('asphalt', 'concrete', 'paved', 'gravel', 'earth')),
  status        text NOT NULL CHECK (status IN ('existing', 'under_construction', 'planned')),
  year_built    smallint,
  geom          geometry(LineString, 4490) NOT NULL
);
CREATE INDEX road_geom_idx ON georelief.road USING gist (geom);

-- A road cut at township boundaries, so that length per unit is exact.
CREATE TABLE georelief.road_piece (
  road_id       text NOT NULL REFERENCES georelief.road (id) ON DELETE CASCADE,
  township_code text NOT NULL,
  length_m      double precision NOT NULL,
  geom          geometry(MultiLineString, 4490) NOT NULL,
  PRIMARY KEY (road_id, township_code)
);
CREATE INDEX road_piece_township_idx ON georelief.road_piece (township_code text_pattern_ops);
CREATE INDEX road_piece_geom_idx ON georelief.road_piece USING gist (geom);

CREATE TABLE georelief.facility (
  id            text PRIMARY KEY,
  name          text NOT NULL,
  kind          text NOT NULL CHECK (kind IN ('township_seat', 'school', 'clinic', 'market')),
  village_code  text,
  township_code text,
  geom          geometry(Point, 4490) NOT NULL
);
CREATE INDEX facility_geom_idx ON georelief.facility USING gist (geom);
CREATE INDEX facility_village_idx ON georelief.facility (village_code text_pattern_ops);

CREATE TABLE georelief.relocation_site (
  id                      text PRIMARY KEY,
  name                    text NOT NULL,
  kind                    text NOT NULL CHECK (kind IN ('concentrated', 'dispersed')),
  status                  text NOT NULL CHECK (status IN ('planned', 'under_construction', 'completed', 'moved_in')),
  planned_households      integer NOT NULL CHECK (planned_households >= 0),
  planned_persons         integer NOT NULL CHECK (planned_persons >= 0),
  moved_in_households     integer NOT NULL DEFAULT 0 CHECK (moved_in_households >= 0),
  moved_in_persons        integer NOT NULL DEFAULT 0 CHECK (moved_in_persons >= 0),
  progress_pct            numeric(5, 1) NOT NULL DEFAULT 0 CHECK (progress_pct BETWEEN 0 AND 100),
  start_date              date,
  planned_completion_date date,
  facilities              text[] NOT NULL DEFAULT '{}',
  declared_village_code   text,
  village_code            text,
  township_code           text,
  geom                    geometry(Point, 4490) NOT NULL,
  CHECK (moved_in_households <= planned_households),
  CHECK (moved_in_persons <= planned_persons)
);
CREATE INDEX relocation_site_geom_idx ON georelief.relocation_site USING gist (geom);
CREATE INDEX relocation_site_village_idx ON georelief.relocation_site (village_code text_pattern_ops);

CREATE TABLE georelief.relocation_source (
  site_id            text NOT NULL REFERENCES georelief.relocation_site (id) ON DELETE CASCADE,
  natural_village_id text NOT NULL REFERENCES georelief.natural_village (id) ON DELETE CASCADE,
  planned_households integer NOT NULL CHECK (planned_households >= 0),
  PRIMARY KEY (site_id, natural_village_id)
);

CREATE TABLE georelief.industrial_base (
  id                  text PRIMARY KEY,
  name                text NOT NULL,
  kind                text NOT NULL CHECK (kind IN ('planting', 'breeding', 'processing', 'workshop', 'enclave', 'tourism', 'ecommerce')),
  jobs                integer NOT NULL DEFAULT 0 CHECK (jobs >= 0),
  poor_employed       integer NOT NULL DEFAULT 0 CHECK (poor_employed >= 0),
  dividend_households integer NOT NULL DEFAULT 0 CHECK (dividend_households >= 0),
  investment_wan_yuan numeric(12, 2),
  beneficiary_codes   text[] NOT NULL DEFAULT '{}',
  village_code        text,
  township_code       text,
  geom                geometry(Point, 4490) NOT NULL,
  CHECK (poor_employed <= jobs)
);
CREATE INDEX industrial_base_geom_idx ON georelief.industrial_base USING gist (geom);
CREATE INDEX industrial_base_village_idx ON georelief.industrial_base (village_code text_pattern_ops);

CREATE TABLE georelief.constraint_zone (
  id         text PRIMARY KEY,
  name       text NOT NULL,
  kind       text NOT NULL CHECK (kind IN ('ecological_red_line', 'basic_farmland', 'geohazard', 'flood_zone', 'nature_reserve', 'water_source')),
  risk_level text CHECK (risk_level IN ('low', 'medium', 'high')),
  geom       geometry(MultiPolygon, 4490) NOT NULL
);
CREATE INDEX constraint_zone_geom_idx ON georelief.constraint_zone USING gist (geom);

-- Elevation in metres, tiled raster in EPSG:4490.
CREATE TABLE georelief.dem (
  rid  serial PRIMARY KEY,
  name text NOT NULL,
  rast raster NOT NULL
);
CREATE INDEX dem_rast_idx ON georelief.dem USING gist (ST_ConvexHull(rast));

-- One number that changes whenever any planning data changes: results and tiles name it.
CREATE TABLE georelief.data_version (
  singleton  boolean PRIMARY KEY DEFAULT true CHECK (singleton),
  version    bigint NOT NULL,
  changed_at timestamptz NOT NULL
);
INSERT INTO georelief.data_version VALUES (true, 1, now());

CREATE FUNCTION georelief.bump_data_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE georelief.data_version SET version = version + 1, changed_at = now();
  RETURN NULL;
END $$;

DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['admin_unit', 'natural_village', 'village_year', 'road', 'road_piece', 'facility',
                           'relocation_site', 'relocation_source', 'industrial_base', 'constraint_zone', 'dem']
  LOOP
    EXECUTE format('CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON georelief.%I
                    FOR EACH STATEMENT EXECUTE FUNCTION georelief.bump_data_version()', t || '_bumps_version', t);
  END LOOP;
END $$;
