-- Road connection (组组通) of every natural village within @within with at least @min_households households.
-- Connected: a hardened road (existing; asphalt, concrete or paved) lies within @max_distance_m metres, i.e. the
-- great-circle distance (geography, use_spheroid = false) is at most the threshold.
-- Fast path as in rai.sql: a planar distance of at most @max_distance_m / 111500 degrees settles "connected" without
-- measuring (distance then null). Every other village gets its exact nearest distance among the roads whose box is
-- near (the decision taken on that one number, so a village on the threshold is counted consistently), and an
-- unconnected village the nearest hardened road overall (KNN on the sphere) with its distance.
WITH village AS (
  SELECT id, name, village_code, households, population, geom
    FROM georelief.natural_village
   WHERE village_code LIKE @within || '%' AND households >= @min_households),
near AS MATERIALIZED (
  SELECT v.*, fast.hit IS NOT NULL AS fast,
         CASE WHEN fast.hit IS NULL THEN
           (SELECT min(ST_Distance(r.geom::geography, v.geom::geography, false))
              FROM georelief.road AS r
             WHERE r.status = 'existing' AND r.surface IN ('asphalt', 'concrete', 'paved')
               AND r.geom && ST_Expand(v.geom, (@max_distance_m + 1) / 110000.0 / cos(radians(abs(ST_Y(v.geom)) + 1)), (@max_distance_m + 1) / 110000.0))
         END AS near_m
    FROM village AS v
    LEFT JOIN LATERAL (
          SELECT 1 AS hit
            FROM georelief.road AS r
           WHERE r.status = 'existing' AND r.surface IN ('asphalt', 'concrete', 'paved')
             AND ST_DWithin(r.geom, v.geom, @max_distance_m / 111500.0)
           LIMIT 1) AS fast ON true)
SELECT n.id, n.name, n.village_code, n.households, n.population, true AS connected, n.near_m, NULL::text AS road_id
  FROM near AS n
 WHERE n.fast OR n.near_m <= @max_distance_m
UNION ALL
SELECT n.id, n.name, n.village_code, n.households, n.population, false, k.distance_m, k.id
  FROM near AS n
  LEFT JOIN LATERAL (
        SELECT r.id, ST_Distance(r.geom::geography, n.geom::geography, false) AS distance_m
          FROM georelief.road AS r
         WHERE r.status = 'existing' AND r.surface IN ('asphalt', 'concrete', 'paved')
         ORDER BY r.geom::geography <-> n.geom::geography
         LIMIT 1) AS k ON true
 WHERE NOT n.fast AND (n.near_m IS NULL OR n.near_m > @max_distance_m);
