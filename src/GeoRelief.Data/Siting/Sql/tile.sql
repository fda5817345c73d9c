-- A Mapbox Vector Tile (layer 'suitability') of a stored grid. Only the cells under the tile are read (their row
-- and column ranges come from the tile envelope in the grid's CRS). Where a screen pixel (tile width / 256) covers
-- several cells, cells are merged into blocks of k × k (property 'block' = k): mean suitability, the most frequent
-- class, and the most frequent main obstacle — the tile says it is generalised instead of sending 10⁵ squares.
WITH run AS (
  SELECT id, srid, upper_left_x AS ulx, upper_left_y AS uly, cell_size_m AS cell, width, height
  FROM georelief.suitability_run WHERE id = @run
),
tile AS (
  SELECT ST_TileEnvelope(@z, @x, @y) AS env,
         greatest(1, floor((40075016.686 / 2 ^ @z / 256) / run.cell))::integer AS k
  FROM run
),
span AS (
  SELECT ST_Transform(tile.env, run.srid) AS e, tile.k FROM tile, run
),
bounds AS (
  SELECT greatest(0, floor((ST_XMin(e) - ulx) / cell))::integer AS c0, least(width - 1, floor((ST_XMax(e) - ulx) / cell))::integer AS c1,
         greatest(0, floor((uly - ST_YMax(e)) / cell))::integer AS r0, least(height - 1, floor((uly - ST_YMin(e)) / cell))::integer AS r1,
         span.k
  FROM span, run
),
blocks AS (
  SELECT c.row_index / b.k AS br, c.col_index / b.k AS bc, b.k,
         avg(c.suitability) AS suitability,
         mode() WITHIN GROUP (ORDER BY c.class) AS class,
         mode() WITHIN GROUP (ORDER BY c.main_obstacle) AS main_obstacle,
         string_agg(nullif(array_to_string(c.failed, ','), ''), ',') AS failed,
         count(*) AS cells
  FROM georelief.suitability_cell c
  CROSS JOIN bounds b
  WHERE c.run_id = @run AND c.row_index BETWEEN b.r0 AND b.r1 AND c.col_index BETWEEN b.c0 AND b.c1
  GROUP BY 1, 2, 3
),
features AS (
  SELECT ST_AsMVTGeom(
           ST_Transform(ST_MakeEnvelope(
             run.ulx + bl.bc * bl.k * run.cell, run.uly - (bl.br + 1) * bl.k * run.cell,
             run.ulx + (bl.bc + 1) * bl.k * run.cell, run.uly - bl.br * bl.k * run.cell, run.srid), 3857),
           tile.env, 4096, 0, true) AS geom,
         round(bl.suitability::numeric, 1) AS suitability, bl.class, bl.main_obstacle, coalesce((SELECT string_agg(DISTINCT f, ',') FROM unnest(string_to_array(bl.failed, ',')) AS f), '') AS failed,
         bl.k AS block, bl.cells
  FROM blocks bl, run, tile
)
SELECT coalesce((SELECT ST_AsMVT(features, 'suitability', 4096, 'geom') FROM features WHERE geom IS NOT NULL), ''::bytea);
