-- Rural Access Index (SDG 9.1.1, the official buffer definition): for each natural village within @within (all of
-- them rural), whether an all-season road — a hardened road, existing — lies within @distance_m metres in a
-- straight line: great-circle distance (geography, use_spheroid = false) at most the threshold.
-- Quick test: a planar distance in degrees of at most @distance_m / 111500 already guarantees a great-circle distance
-- within the threshold (one degree of any path is at most R·π/180 = 111,195 m; the 0.27 % margin covers the gap
-- between a planar edge and its great-circle arc for road segments of up to ~10 km). It is a semi-join, which
-- PostgreSQL runs in parallel workers (a LATERAL subquery or a correlated subquery in the select list would keep the
-- whole scan in one process). The villages it does not settle are decided by ST_Distance alone among the roads whose
-- box is near, so "on the threshold" is one number.
WITH quick AS MATERIALIZED (
  SELECT v.id, v.village_code, v.population
    FROM georelief.natural_village AS v
   WHERE v.village_code LIKE @within || '%'
     AND EXISTS (
         SELECT 1
           FROM georelief.road AS r
          WHERE r.status = 'existing' AND r.surface IN ('asphalt', 'concrete', 'paved')
            AND ST_DWithin(r.geom, v.geom, @distance_m / 111500.0)))
SELECT q.id, q.village_code, q.population, true AS within_reach
  FROM quick AS q
UNION ALL
SELECT v.id, v.village_code, v.population,
       EXISTS (
         SELECT 1
           FROM georelief.road AS r
          WHERE r.status = 'existing' AND r.surface IN ('asphalt', 'concrete', 'paved')
            AND r.geom && ST_Expand(v.geom, (@distance_m + 1) / 110000.0 / cos(radians(abs(ST_Y(v.geom)) + 1)), (@distance_m + 1) / 110000.0)
            AND ST_Distance(r.geom::geography, v.geom::geography, false) <= @distance_m)
  FROM georelief.natural_village AS v
 WHERE v.village_code LIKE @within || '%'
   AND NOT EXISTS (SELECT 1 FROM quick AS q WHERE q.id = v.id);
