-- coverage_pct of every township with eligible natural villages, exactly as road-coverage.sql computes it for tiles:
-- eligible = at least @min_households households; connected = within @distance_m metres (ellipsoid) of a hardened
-- road (asphalt, concrete or paved, status existing).
WITH villages AS (
  SELECT n.township_code,
         n.households >= @min_households AS eligible,
         EXISTS (SELECT 1 FROM georelief.road r
                  WHERE r.surface IN ('asphalt', 'concrete', 'paved') AND r.status = 'existing'
                    AND r.geom && ST_Expand(n.geom, @distance_m / 111000.0 / cos(radians(ST_Y(n.geom))), @distance_m / 111000.0)
                    AND ST_DWithin(r.geom::geography, n.geom::geography, @distance_m)) AS connected
  FROM georelief.natural_village n
  WHERE n.township_code IS NOT NULL
)
SELECT round(100.0 * count(*) FILTER (WHERE eligible AND connected) / count(*) FILTER (WHERE eligible), 1)::float8
FROM villages
GROUP BY township_code
HAVING count(*) FILTER (WHERE eligible) > 0;
