-- Cells of a stored grid in row-major order, each with its square as GeoJSON in EPSG:4490.
SELECT c.row_index, c.col_index, c.suitability, c.score, c.class, c.failed, c.main_obstacle,
       ST_AsGeoJSON(ST_Transform(ST_MakeEnvelope(
         r.upper_left_x + c.col_index * r.cell_size_m, r.upper_left_y - (c.row_index + 1) * r.cell_size_m,
         r.upper_left_x + (c.col_index + 1) * r.cell_size_m, r.upper_left_y - c.row_index * r.cell_size_m, r.srid), 4490), 7, 0),
       -- aspect (band 5; runs stored before aspect have four bands)
       CASE WHEN ST_NumBands(r.rast) >= 5 THEN ST_Value(r.rast, 5, c.col_index + 1, c.row_index + 1) END
FROM georelief.suitability_cell c
JOIN georelief.suitability_run r ON r.id = c.run_id
WHERE c.run_id = @run
ORDER BY c.row_index, c.col_index
LIMIT @limit OFFSET @offset;
