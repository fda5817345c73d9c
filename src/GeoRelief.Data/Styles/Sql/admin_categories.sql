-- Legend counts of theme "admin": units per level (3 county, 4 township, 5 village).
SELECT 'units' AS grp, level::text AS value, count(*) AS n
FROM georelief.admin_unit
WHERE level BETWEEN 3 AND 5
GROUP BY level;
