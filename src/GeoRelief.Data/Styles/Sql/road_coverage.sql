-- coverage_pct of every township with eligible natural villages, exactly as road-coverage.sql computes it for tiles:
-- eligible = at least @min_households households; connected = georelief.near_hardened_road within @distance_m metres.
WITH villages AS (
  SELECT n.township_code,
         n.households >= @min_households AS eligible,
         georelief.near_hardened_road(n.geom, @distance_m) AS connected
  FROM georelief.natural_village n
  WHERE n.township_code IS NOT NULL
)
SELECT round(100.0 * count(*) FILTER (WHERE eligible AND connected) / count(*) FILTER (WHERE eligible), 1)::float8
FROM villages
GROUP BY township_code
HAVING count(*) FILTER (WHERE eligible) > 0;
