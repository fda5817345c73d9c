-- Point features the linkage could not place in any village (outside every boundary).
SELECT (SELECT count(*) FROM georelief.natural_village WHERE village_code IS NULL)
     + (SELECT count(*) FROM georelief.facility WHERE village_code IS NULL)
     + (SELECT count(*) FROM georelief.relocation_site WHERE village_code IS NULL)
     + (SELECT count(*) FROM georelief.industrial_base WHERE village_code IS NULL)
