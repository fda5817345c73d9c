-- The sample replaces every planning table at once. No CASCADE: a table added later that references
-- these must be named here deliberately rather than emptied by surprise.
TRUNCATE georelief.road_piece, georelief.road, georelief.village_year, georelief.relocation_source,
         georelief.relocation_site, georelief.natural_village, georelief.facility, georelief.industrial_base,
         georelief.constraint_zone, georelief.dem, georelief.admin_unit
  RESTART IDENTITY;
