-- Statistics for the planner (a temporary table has none), of the columns later statements join and filter the stage
-- on: the row number, the key, the ok and maybe_repeated flags. The others (a geometry among them) would double the
-- time of the ANALYZE and no plan needs them: the linkage looks points up by grid cell (locate_points.sql), not by a
-- geometry filter. A small target: the plans need the stage's size, whether its keys repeat and how rare the flags
-- are, which 3,000 sampled rows tell as well as 30,000 (the default's sample read most pages of a million-row stage:
-- 120-140 ms against 15 ms, docs/benchmarks.md).
ALTER TABLE import_stage {statistics};
ANALYZE import_stage ({columns})
