-- The staging tables of one import (temporary: gone at commit or rollback). Rows arrive by binary COPY with the
-- problems the reader found; every other rule is then checked here, set-based, before anything is written.
CREATE TEMP TABLE import_stage (
  row_no   bigint NOT NULL,
  {field_columns},
  geom     geometry,
  raw_x    double precision,
  raw_y    double precision,
  problems jsonb,
  ok       boolean NOT NULL,
  -- The row's key may repeat an earlier row's (RepeatedKeyFilter: never false for a real repeat); check_duplicates.sql
  -- looks only at the keys of these rows.
  maybe_repeated boolean NOT NULL,
  -- The village and township the reader placed a point in (VillageCellMap: well inside one village); null leaves the
  -- point to locate_points.sql's test in PostGIS.
  located_village  text,
  located_township text
) ON COMMIT DROP;
