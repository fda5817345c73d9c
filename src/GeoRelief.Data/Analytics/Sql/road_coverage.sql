-- Road connection (组组通) of every natural village within @within with at least @min_households households.
-- Connected: a hardened road (existing; asphalt, concrete or paved) lies within @max_distance_m metres, i.e. the
-- great-circle distance (geography, use_spheroid = false) is at most the threshold.
-- In steps, so that the costly work is done only where it is needed and the bulk runs in parallel:
-- 1. quick: a planar distance of at most @max_distance_m / 111500 degrees (as in rai.sql) settles "connected" without
--    measuring (distance then null). A semi-join, which PostgreSQL runs in parallel workers (a LATERAL subquery or a
--    correlated subquery in the select list would keep the whole scan in one process).
-- 2. nearest: every other village gets the nearest hardened road overall (KNN on the sphere) and its distance — what an
--    unconnected village reports.
-- 3. measured: the decision is taken on one number, the exact nearest distance among the roads whose box is near, so
--    a village on the threshold is counted consistently. It is needed only where the nearest road lies within 1 m
--    beyond the threshold: the KNN operator measures the same great-circle distance as ST_Distance (they differ by
--    nanometres), so a nearest road farther than that settles "unconnected".
WITH quick AS MATERIALIZED (
  SELECT v.id, v.name, v.village_code, v.households, v.population
    FROM georelief.natural_village AS v
   WHERE v.village_code LIKE @within || '%' AND v.households >= @min_households
     AND EXISTS (
         SELECT 1
           FROM georelief.road AS r
          WHERE r.status = 'existing' AND r.surface IN ('asphalt', 'concrete', 'paved')
            AND ST_DWithin(r.geom, v.geom, @max_distance_m / 111500.0))),
nearest AS MATERIALIZED (
  SELECT v.id, v.name, v.village_code, v.households, v.population, v.geom, k.id AS road_id, k.distance_m
    FROM georelief.natural_village AS v
    LEFT JOIN LATERAL (
          SELECT r.id, ST_Distance(r.geom::geography, v.geom::geography, false) AS distance_m
            FROM georelief.road AS r
           WHERE r.status = 'existing' AND r.surface IN ('asphalt', 'concrete', 'paved')
           ORDER BY r.geom::geography <-> v.geom::geography
           LIMIT 1) AS k ON true
   WHERE v.village_code LIKE @within || '%' AND v.households >= @min_households
     AND NOT EXISTS (SELECT 1 FROM quick AS q WHERE q.id = v.id)),
measured AS MATERIALIZED (
  SELECT n.*,
         CASE WHEN n.distance_m <= @max_distance_m + 1 THEN
           (SELECT min(ST_Distance(r.geom::geography, n.geom::geography, false))
              FROM georelief.road AS r
             WHERE r.status = 'existing' AND r.surface IN ('asphalt', 'concrete', 'paved')
               AND r.geom && ST_Expand(n.geom, (@max_distance_m + 1) / 110000.0 / cos(radians(abs(ST_Y(n.geom)) + 1)), (@max_distance_m + 1) / 110000.0))
         END AS near_m
    FROM nearest AS n)
SELECT q.id, q.name, q.village_code, q.households, q.population, true AS connected, NULL::double precision, NULL::text AS road_id
  FROM quick AS q
UNION ALL
SELECT m.id, m.name, m.village_code, m.households, m.population, true, m.near_m, NULL::text
  FROM measured AS m
 WHERE m.near_m <= @max_distance_m
UNION ALL
SELECT m.id, m.name, m.village_code, m.households, m.population, false, m.distance_m, m.road_id
  FROM measured AS m
 WHERE m.near_m IS NULL OR m.near_m > @max_distance_m;
