-- The default allocation problem within an administrative unit: the natural villages that are sources of relocation
-- sites there, with the households they plan to move (summed over sites), and the sites with their planned households.
SELECT 'village' AS kind, r.natural_village_id AS id, sum(r.planned_households)::integer AS amount
FROM georelief.relocation_source r
JOIN georelief.relocation_site s ON s.id = r.site_id
WHERE s.township_code LIKE @within::text || '%'
GROUP BY r.natural_village_id
UNION ALL
SELECT 'site', s.id, s.planned_households
FROM georelief.relocation_site s
WHERE s.township_code LIKE @within::text || '%'
ORDER BY 1 DESC, 2;
