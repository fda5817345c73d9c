-- Relocation siting: stored suitability grids, so that a grid evaluated once can be served as map tiles
-- (/tiles/suitability/{z}/{x}/{y}.mvt?run=ID), downloaded as GeoTIFF and listed cell by cell.

CREATE TABLE georelief.suitability_run (
  id             bigserial PRIMARY KEY,
  created_at     timestamptz NOT NULL DEFAULT now(),
  area           text NOT NULL,                 -- the admin code, or 'polygon'
  cell_size_m    double precision NOT NULL CHECK (cell_size_m > 0),
  srid           integer NOT NULL,              -- the metric CRS of the grid (a Gauss–Krüger 3° zone)
  upper_left_x   double precision NOT NULL,
  upper_left_y   double precision NOT NULL,
  width          integer NOT NULL CHECK (width > 0),
  height         integer NOT NULL CHECK (height > 0),
  data_version   bigint NOT NULL,               -- georelief.data_version when evaluated
  parameters     jsonb NOT NULL,                -- the full model (limits, bands, weights) the grid was scored with
  summary        jsonb NOT NULL,                -- cells per class and per failed constraint
  -- bands: 1 suitability (0–100, 0 where excluded), 2 class code, 3 failed-constraint bit mask, 4 main obstacle; nodata −1
  rast           raster NOT NULL
);

CREATE TABLE georelief.suitability_cell (
  run_id        bigint NOT NULL REFERENCES georelief.suitability_run (id) ON DELETE CASCADE,
  row_index     integer NOT NULL,
  col_index     integer NOT NULL,
  suitability   real NOT NULL,
  score         real NOT NULL,
  class         text NOT NULL CHECK (class IN ('excluded', 'unsuitable', 'marginal', 'suitable', 'highly_suitable')),
  failed        text[] NOT NULL,
  main_obstacle text,
  PRIMARY KEY (run_id, row_index, col_index)
);
