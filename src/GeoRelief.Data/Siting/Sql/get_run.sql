-- One stored grid: its georeference, when and with what it was evaluated, and its summary.
SELECT id, created_at, area, cell_size_m, srid, upper_left_x, upper_left_y, width, height, data_version,
       parameters::text, summary::text, (SELECT version FROM georelief.data_version) <> data_version AS stale
FROM georelief.suitability_run
WHERE id = @run;
