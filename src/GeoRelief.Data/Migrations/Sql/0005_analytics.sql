-- Planning analytics (issue 4): indexes the analyses lean on, road speeds, and the routing topology.

-- Yearly poverty is read one year at a time.
CREATE INDEX village_year_year_idx ON georelief.village_year (year, natural_village_id);

-- Distances are measured on the sphere (geography, use_spheroid = false); these expression indexes make the
-- "within D metres of a hardened road" joins and the nearest-road searches (KNN <->) index-assisted.
-- The predicate is the definition of a hardened road (DOMAIN.md): existing, asphalt / concrete / paved.
CREATE INDEX road_hardened_geog_idx ON georelief.road USING gist ((geom::geography))
  WHERE status = 'existing' AND surface IN ('asphalt', 'concrete', 'paved');
CREATE INDEX road_hardened_geom_idx ON georelief.road USING gist (geom)
  WHERE status = 'existing' AND surface IN ('asphalt', 'concrete', 'paved');
CREATE INDEX road_existing_geog_idx ON georelief.road USING gist ((geom::geography))
  WHERE status = 'existing';
CREATE INDEX natural_village_geog_idx ON georelief.natural_village USING gist ((geom::geography));
CREATE INDEX industrial_base_geog_idx ON georelief.industrial_base USING gist ((geom::geography));

-- Travel speeds by road class (km/h): on a hardened surface, and on gravel or earth. Editable; results name them.
CREATE TABLE georelief.road_speed (
  class          text PRIMARY KEY CHECK (class IN ('national', 'provincial', 'county', 'township', 'village', 'group')),
  hardened_kmh   double precision NOT NULL CHECK (hardened_kmh > 0),
  unhardened_kmh double precision NOT NULL CHECK (unhardened_kmh > 0)
);
INSERT INTO georelief.road_speed VALUES
  ('national', 80, 30), ('provincial', 60, 30), ('county', 40, 25),
  ('township', 30, 20), ('village', 25, 15), ('group', 15, 10);

-- The routing network: every existing road cut at each of its vertices (roads join on shared vertices), with
-- vertices numbered for pgRouting. Derived data, rebuilt by the analytics when georelief.data_version has moved
-- on from the version it was built from; it carries no version trigger of its own.
CREATE TABLE georelief.road_vertex (
  id   bigint PRIMARY KEY,
  geom geometry(Point, 4490) NOT NULL
);
CREATE INDEX road_vertex_geom_idx ON georelief.road_vertex USING gist (geom);
CREATE INDEX road_vertex_geog_idx ON georelief.road_vertex USING gist ((geom::geography));

CREATE TABLE georelief.road_edge (
  id        bigint PRIMARY KEY,
  road_id   text NOT NULL,
  source    bigint NOT NULL,
  target    bigint NOT NULL,
  length_m  double precision NOT NULL,
  seconds   double precision NOT NULL,
  geom      geometry(LineString, 4490) NOT NULL
);
CREATE INDEX road_edge_geom_idx ON georelief.road_edge USING gist (geom);

CREATE TABLE georelief.road_topology (
  singleton    boolean PRIMARY KEY DEFAULT true CHECK (singleton),
  data_version bigint NOT NULL,
  built_at     timestamptz NOT NULL
);
