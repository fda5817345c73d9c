-- Legend counts of theme "road-coverage": roads hardened or not (asphalt, concrete or paved, and existing), and
-- natural villages connected or not (within @distance_m metres of a hardened road, as road-coverage.sql says).
SELECT 'roads' AS grp, (surface IN ('asphalt', 'concrete', 'paved') AND status = 'existing')::text AS value, count(*) AS n
FROM georelief.road
GROUP BY 2
UNION ALL
SELECT 'natural_villages', connected::text, count(*)
FROM (
  SELECT georelief.near_hardened_road(n.geom, @distance_m) AS connected
  FROM georelief.natural_village n
) v
GROUP BY 2;
