-- Planning analytics at province scale (issue 4): figures derived from the administrative boundaries alone — the
-- area of each unit on the ellipsoid and which units meet (queen / rook contiguity) — kept as data for the levels
-- province to township, because computing them per request dominated poverty (ST_Area of 3,000 townships) and hot
-- spots (ST_Intersects and the shared-edge test on every pair of neighbouring townships).
-- Admin units change only on an admin import or a sample load: any change to admin_unit marks every level stale
-- (statement trigger below), and the analytics rebuild a stale level the next time they need it
-- (Analytics/Sql/rebuild_admin_derived.sql). Village level (5) is computed per request, for the villages asked
-- about only. No foreign keys to admin_unit: the sample loader TRUNCATEs it without CASCADE.

CREATE TABLE georelief.admin_unit_area (
  code     text PRIMARY KEY,
  level    smallint NOT NULL,
  area_km2 double precision
);
CREATE INDEX admin_unit_area_level_idx ON georelief.admin_unit_area (level);

CREATE TABLE georelief.admin_adjacency (
  level       smallint NOT NULL,
  first_code  text NOT NULL,
  second_code text NOT NULL,
  shares_edge boolean NOT NULL,
  PRIMARY KEY (first_code, second_code)
);
CREATE INDEX admin_adjacency_level_idx ON georelief.admin_adjacency (level, first_code text_pattern_ops);

-- The levels whose rows in admin_unit_area and admin_adjacency are current.
CREATE TABLE georelief.admin_derived_level (
  level    smallint PRIMARY KEY CHECK (level BETWEEN 1 AND 4),
  built_at timestamptz NOT NULL
);

-- The lock orders a change of admin_unit against a rebuild (which takes the same lock): either the rebuild waits
-- and then reads the changed units, or the change waits and then marks the freshly built levels stale.
CREATE FUNCTION georelief.admin_derived_stale() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  LOCK TABLE georelief.admin_derived_level IN EXCLUSIVE MODE;
  DELETE FROM georelief.admin_derived_level;
  RETURN NULL;
END $$;

CREATE TRIGGER admin_unit_derived_stale AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON georelief.admin_unit
  FOR EACH STATEMENT EXECUTE FUNCTION georelief.admin_derived_stale();
