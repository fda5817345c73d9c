-- A Mapbox Vector Tile (layer 'suitability') of a stored grid, with what it generalised. Only the cells under the tile
-- are read (their row and column ranges come from the tile envelope in the grid's CRS).
-- Generalisation, so that no tile carries one square per cell where a cell is smaller than a screen pixel:
--  * k × k blocks (property 'block' = k, k = ground metres per pixel / cell size, rounded, at least 1; from the zoom
--    and the run only, so neighbouring tiles share the blocks): mean suitability, most frequent class and obstacle.
--  * where a cell (or block) is under 2 pixels, adjacent blocks of one class along a grid row are merged into one
--    rectangle: the class map stays exact at block size, suitability is the mean over its cells, main obstacle
--    the most frequent of its blocks, 'failed' every constraint failed in it, 'cells' how many cells it covers.
-- Rows: tile bytes, cells drawn, features, k, whether rows were merged.
WITH run AS (
  SELECT id, srid, upper_left_x AS ulx, upper_left_y AS uly, cell_size_m AS cell, width, height
  FROM georelief.suitability_run WHERE id = @run
),
tile AS (
  SELECT ST_TileEnvelope(@z, @x, @y) AS env
),
scale AS (
  -- Ground metres per pixel of a 256-pixel tile at the grid's centre (Web Mercator metres × cos latitude).
  SELECT 40075016.686 / 2 ^ @z / 256
         * cos(radians(ST_Y(ST_Transform(ST_SetSRID(ST_MakePoint(ulx + width * cell / 2, uly - height * cell / 2), srid), 4326)))) AS pixel
  FROM run
),
level AS (
  SELECT greatest(1, round(scale.pixel / run.cell))::integer AS k,
         greatest(1, round(scale.pixel / run.cell)) * run.cell < 2 * scale.pixel AS merged
  FROM scale, run
),
bounds AS (
  SELECT greatest(0, floor((ST_XMin(e) - ulx) / cell))::integer AS c0, least(width - 1, floor((ST_XMax(e) - ulx) / cell))::integer AS c1,
         greatest(0, floor((uly - ST_YMax(e)) / cell))::integer AS r0, least(height - 1, floor((uly - ST_YMin(e)) / cell))::integer AS r1,
         level.k
  FROM (SELECT ST_Transform(tile.env, run.srid) AS e FROM tile, run) AS span, run, level
),
blocks AS (
  SELECT c.row_index / b.k AS br, c.col_index / b.k AS bc,
         sum(c.suitability) AS total,
         mode() WITHIN GROUP (ORDER BY c.class) AS class,
         mode() WITHIN GROUP (ORDER BY c.main_obstacle) AS main_obstacle,
         string_agg(nullif(array_to_string(c.failed, ','), ''), ',') AS failed,
         count(*) AS cells
  FROM georelief.suitability_cell c
  CROSS JOIN bounds b
  WHERE c.run_id = @run AND c.row_index BETWEEN b.r0 AND b.r1 AND c.col_index BETWEEN b.c0 AND b.c1
  GROUP BY 1, 2
),
islands AS (
  -- Gaps and islands: along a row, consecutive blocks of one class share bc − their rank within the class.
  SELECT bl.*, CASE WHEN level.merged THEN bl.bc - row_number() OVER (PARTITION BY bl.br, bl.class ORDER BY bl.bc) ELSE bl.bc END AS island
  FROM blocks bl, level
),
spans AS (
  SELECT br, min(bc) AS bc0, max(bc) AS bc1, class,
         sum(total) / sum(cells) AS suitability,
         mode() WITHIN GROUP (ORDER BY main_obstacle) AS main_obstacle,
         string_agg(failed, ',') AS failed,
         sum(cells)::bigint AS cells
  FROM islands
  GROUP BY br, class, island
),
features AS (
  SELECT ST_AsMVTGeom(
           ST_Transform(ST_MakeEnvelope(
             run.ulx + s.bc0 * level.k * run.cell, run.uly - (s.br + 1) * level.k * run.cell,
             run.ulx + (s.bc1 + 1) * level.k * run.cell, run.uly - s.br * level.k * run.cell, run.srid), 3857),
           tile.env, 4096, 0, true) AS geom,
         round(s.suitability::numeric, 1) AS suitability, s.class, s.main_obstacle,
         coalesce((SELECT string_agg(DISTINCT f, ',' ORDER BY f) FROM unnest(string_to_array(s.failed, ',')) AS f), '') AS failed,
         level.k AS block, s.cells
  FROM spans s, run, tile, level
),
drawn AS (
  SELECT * FROM features WHERE geom IS NOT NULL
)
SELECT coalesce((SELECT ST_AsMVT(drawn, 'suitability', 4096, 'geom') FROM drawn), ''::bytea),
       (SELECT coalesce(sum(cells), 0)::bigint FROM drawn),
       (SELECT count(*) FROM drawn),
       level.k,
       level.merged
FROM level;
