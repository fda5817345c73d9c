-- Statistics for the planner (a temporary table has none), of the columns later statements join and filter the stage
-- on: the row number, the key, the ok and maybe_repeated flags. The others (a geometry among them) would double the
-- time of the ANALYZE and no plan needs them: the linkage looks points up by grid cell (locate_points.sql), not by a
-- geometry filter.
ANALYZE import_stage ({columns})
