-- Road connection (组组通) of every natural village within @within with at least @min_households households.
-- Connected: a hardened road (existing; asphalt, concrete or paved) lies within @max_distance_m metres, i.e. the
-- distance is at most the threshold. Distances are great-circle (geography, use_spheroid = false). Candidate roads
-- come from an index-assisted ST_DWithin with a 1 m margin; the decision is taken on ST_Distance alone, so a
-- village on the threshold is decided by one number. Unconnected villages get the nearest hardened road (KNN).
WITH village AS (
  SELECT id, name, village_code, households, population, geom::geography AS geog
    FROM georelief.natural_village
   WHERE village_code LIKE @within || '%' AND households >= @min_households),
near AS (
  SELECT v.*,
         (SELECT min(ST_Distance(r.geom::geography, v.geog, false))
            FROM georelief.road AS r
           WHERE r.status = 'existing' AND r.surface IN ('asphalt', 'concrete', 'paved')
             AND ST_DWithin(r.geom::geography, v.geog, @max_distance_m + 1, false)) AS near_m
    FROM village AS v)
SELECT n.id, n.name, n.village_code, n.households, n.population, true AS connected, n.near_m, NULL::text AS road_id
  FROM near AS n
 WHERE n.near_m <= @max_distance_m
UNION ALL
SELECT n.id, n.name, n.village_code, n.households, n.population, false, k.distance_m, k.id
  FROM near AS n
  LEFT JOIN LATERAL (
        SELECT r.id, ST_Distance(r.geom::geography, n.geog, false) AS distance_m
          FROM georelief.road AS r
         WHERE r.status = 'existing' AND r.surface IN ('asphalt', 'concrete', 'paved')
         ORDER BY r.geom::geography <-> n.geog
         LIMIT 1) AS k ON true
 WHERE n.near_m IS NULL OR n.near_m > @max_distance_m;
