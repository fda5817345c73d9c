-- A relocation link is located at both ends: the site and the natural village that moves.
SELECT s.village_code FROM georelief.relocation_site AS s WHERE s.id = t.site_id
UNION ALL
SELECT v.village_code FROM georelief.natural_village AS v WHERE v.id = t.natural_village_id
