-- The relocation plan on record for the given natural villages: the site each is recorded at and the households it
-- plans to move there (a village recorded at two sites gives two rows: a split, not a whole-village plan).
SELECT r.natural_village_id, r.site_id, r.planned_households
FROM georelief.relocation_source r
WHERE r.natural_village_id = ANY (@village_ids::text[])
ORDER BY 1, 2;
