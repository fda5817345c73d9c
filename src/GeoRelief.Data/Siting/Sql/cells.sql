-- Cells of a stored grid in row-major order, each with its square as GeoJSON in EPSG:4490 and its aspect (band 5 of
-- the run's raster, read once for the page; runs stored before aspect have four bands).
WITH run AS MATERIALIZED (
  SELECT upper_left_x, upper_left_y, cell_size_m, srid, CASE WHEN ST_NumBands(rast) >= 5 THEN ST_Band(rast, 5) END AS aspect
  FROM georelief.suitability_run
  WHERE id = @run
),
page AS (
  SELECT row_index, col_index, suitability, score, class, failed, main_obstacle
  FROM georelief.suitability_cell
  WHERE run_id = @run
  ORDER BY row_index, col_index
  LIMIT @limit OFFSET @offset
)
SELECT c.row_index, c.col_index, c.suitability, c.score, c.class, c.failed, c.main_obstacle,
       ST_AsGeoJSON(ST_Transform(ST_MakeEnvelope(
         r.upper_left_x + c.col_index * r.cell_size_m, r.upper_left_y - (c.row_index + 1) * r.cell_size_m,
         r.upper_left_x + (c.col_index + 1) * r.cell_size_m, r.upper_left_y - c.row_index * r.cell_size_m, r.srid), 4490), 7, 0),
       ST_Value(r.aspect, 1, c.col_index + 1, c.row_index + 1)
FROM page c, run r
ORDER BY c.row_index, c.col_index;
