-- Imports: batches with their report, quarantined rows, the raw input position of point features, a schema for
-- ogr2ogr's staging tables, and the linkage functions that the sample loader and every import share.

CREATE TABLE georelief.import_batch (
  id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  layer         text NOT NULL,
  file_name     text NOT NULL,
  format        text NOT NULL CHECK (format IN ('geojson', 'csv', 'shapefile', 'geopackage')),
  crs           text NOT NULL,
  encoding      text,
  status        text NOT NULL CHECK (status IN ('committed', 'rejected', 'dry_run')),
  dry_run       boolean NOT NULL,
  skip_invalid  boolean NOT NULL,
  make_valid    boolean NOT NULL,
  rows_read     bigint NOT NULL,
  rows_rejected bigint NOT NULL,
  inserted      bigint NOT NULL,
  updated       bigint NOT NULL,
  unchanged     bigint NOT NULL,
  errors        bigint NOT NULL,
  warnings      bigint NOT NULL,
  started_at    timestamptz NOT NULL,
  finished_at   timestamptz NOT NULL
);

-- One line of a batch's report: row, field, problem, offending value, what to do.
CREATE TABLE georelief.import_problem (
  batch_id bigint NOT NULL REFERENCES georelief.import_batch (id) ON DELETE CASCADE,
  seq      integer NOT NULL,
  row_no   bigint NOT NULL,
  field    text,
  problem  text NOT NULL,
  message  text NOT NULL,
  value    text,
  hint     text,
  severity text NOT NULL CHECK (severity IN ('error', 'warning')),
  PRIMARY KEY (batch_id, seq)
);

-- Quarantine: rows left out by an import with --skip-invalid, as they were read, beside their report lines.
CREATE TABLE georelief.import_reject (
  batch_id   bigint NOT NULL REFERENCES georelief.import_batch (id) ON DELETE CASCADE,
  row_no     bigint NOT NULL,
  feature_id text,
  data       jsonb NOT NULL,
  PRIMARY KEY (batch_id, row_no)
);

-- The position of a point feature as its file gave it, before conversion to EPSG:4490 (audit: was it AMap, Baidu, a
-- Gauss-Krüger zone?). Kept beside, not in, the layer tables: edits of a feature never need to know about it.
CREATE TABLE georelief.import_raw_position (
  layer_table text NOT NULL,
  feature_id  text NOT NULL,
  raw_x       double precision NOT NULL,
  raw_y       double precision NOT NULL,
  raw_crs     text NOT NULL,
  batch_id    bigint NOT NULL REFERENCES georelief.import_batch (id),
  PRIMARY KEY (layer_table, feature_id)
);

-- ogr2ogr writes Shapefiles and GeoPackages here, one table per import, dropped when the import ends.
CREATE SCHEMA IF NOT EXISTS georelief_import;

-- Linkage, once for everyone: the village (and its township) a geometry lies in. A point exactly on a shared
-- boundary intersects several villages; the smallest code wins, so the answer never depends on row order or plans.
CREATE FUNCTION georelief.locate_village(g geometry)
RETURNS TABLE (village_code text, township_code text)
LANGUAGE sql STABLE PARALLEL SAFE
AS $$
  SELECT a.code, a.parent_code
    FROM georelief.admin_unit AS a
   WHERE a.level = 5 AND ST_Intersects(a.geom, g)
   ORDER BY a.code
   LIMIT 1
$$;

-- A line cut at township boundaries: the linear part of its intersection with every township it crosses, measured
-- on the ellipsoid (geography on CGCS2000's GRS80), so that length per township is exact.
CREATE FUNCTION georelief.cut_at_townships(g geometry)
RETURNS TABLE (township_code text, length_m double precision, geom geometry)
LANGUAGE sql STABLE PARALLEL SAFE
AS $$
  SELECT t.code, ST_Length(cut.geom::geography), cut.geom
    FROM georelief.admin_unit AS t
   CROSS JOIN LATERAL (SELECT ST_Multi(ST_CollectionExtract(ST_Intersection(g, t.geom), 2)) AS geom) AS cut
   WHERE t.level = 4 AND ST_Intersects(t.geom, g) AND NOT ST_IsEmpty(cut.geom)
$$;
