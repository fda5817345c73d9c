-- Fresh planner statistics for every table the sample replaced: without them the first analyses after a load plan for
-- empty tables (the township adjacency of the province sample took 19.6 s instead of about 1 s).
ANALYZE georelief.admin_unit, georelief.natural_village, georelief.village_year, georelief.road, georelief.road_piece,
        georelief.relocation_site, georelief.relocation_source, georelief.facility, georelief.industrial_base,
        georelief.constraint_zone, georelief.dem;
