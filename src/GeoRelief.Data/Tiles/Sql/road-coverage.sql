-- Layer "road-coverage" (组组通): three kinds of feature, told apart by `kind`.
--  township         every township (generalised boundary of @band) with eligible (natural villages of at least
--                   @min_households households), connected (eligible ones within @distance_m metres of a hardened
--                   road: asphalt, concrete or paved, status existing) and coverage_pct = 100 · connected / eligible.
--  natural_village  from z @villages_from: each natural village with households, eligible and connected.
--  road             from z @roads_from: each road with class, surface and hardened; below it the roads in the tile are
--                   counted (by bounding box, as roads.sql) in its total but not drawn (a province's roads at z 8
--                   alone are over 600 KB), so the tile says it was thinned.
-- "Connected" is the straight-line proxy of DOMAIN.md, georelief.near_hardened_road (migration 0012): great-circle
-- distance, as the road-coverage analysis measures it, so the map and the report count the same villages; the network
-- version is an analytics endpoint.
WITH query_box AS (
  SELECT ST_Transform(ST_TileEnvelope(@z, @x, @y, margin => @buffer::float8 / @extent), 4490) AS box
),
townships AS (
  SELECT g.code, g.geom
  FROM georelief.admin_unit_generalised g, query_box q
  WHERE g.band = @band AND g.level = 4 AND g.geom && q.box
),
villages AS (
  SELECT n.id, n.name, n.township_code, n.households, n.geom,
         n.households >= @min_households AS eligible,
         georelief.near_hardened_road(n.geom, @distance_m) AS connected
  FROM georelief.natural_village n
  WHERE n.township_code IN (SELECT code FROM townships)
),
township_features AS (
  SELECT 'township' AS kind, t.code, a.name,
         count(v.id) FILTER (WHERE v.eligible) AS eligible_villages,
         count(v.id) FILTER (WHERE v.eligible AND v.connected) AS connected_villages,
         CASE WHEN count(v.id) FILTER (WHERE v.eligible) > 0
              THEN round(100.0 * count(v.id) FILTER (WHERE v.eligible AND v.connected)
                         / count(v.id) FILTER (WHERE v.eligible), 1)::float8 END AS coverage_pct,
         ST_AsMVTGeom(ST_Transform(t.geom, 3857), ST_TileEnvelope(@z, @x, @y), @extent, @buffer, true) AS geom
  FROM townships t
  JOIN georelief.admin_unit a ON a.code = t.code
  LEFT JOIN villages v ON v.township_code = t.code
  GROUP BY t.code, a.name, t.geom
),
village_features AS (
  SELECT 'natural_village' AS kind, v.id, v.name, v.township_code, v.households, v.eligible, v.connected,
         ST_AsMVTGeom(ST_Transform(v.geom, 3857), ST_TileEnvelope(@z, @x, @y), @extent, @buffer, true) AS geom
  FROM villages v, query_box q
  WHERE @z >= @villages_from AND v.geom && q.box
),
road_features AS (
  SELECT 'road' AS kind, r.id, r.class, r.surface, r.status,
         r.surface IN ('asphalt', 'concrete', 'paved') AND r.status = 'existing' AS hardened,
         ST_AsMVTGeom(ST_Transform(r.geom, 3857), ST_TileEnvelope(@z, @x, @y), @extent, @buffer, true) AS geom
  FROM georelief.road r, query_box q
  WHERE @z >= @roads_from AND r.geom && q.box
),
features AS (
  SELECT kind, code, name, NULL::text AS id, NULL::text AS township_code, NULL::int AS households,
         NULL::boolean AS eligible, NULL::boolean AS connected, eligible_villages, connected_villages, coverage_pct,
         NULL::text AS class, NULL::text AS surface, NULL::text AS status, NULL::boolean AS hardened, geom
  FROM township_features
  UNION ALL
  SELECT kind, NULL, name, id, township_code, households, eligible, connected, NULL, NULL, NULL,
         NULL, NULL, NULL, NULL, geom
  FROM village_features
  UNION ALL
  SELECT kind, NULL, NULL, id, NULL, NULL, NULL, NULL, NULL, NULL, NULL, class, surface, status, hardened, geom
  FROM road_features
)
SELECT (SELECT ST_AsMVT(f, @name, @extent, 'geom')
        FROM (SELECT * FROM features WHERE geom IS NOT NULL ORDER BY kind, code, id) f),
       (SELECT count(*) FROM features WHERE geom IS NOT NULL)
         + CASE WHEN @z >= @roads_from THEN 0
                ELSE (SELECT count(*) FROM georelief.road r, query_box q WHERE r.geom && q.box) END,
       (SELECT count(*) FROM features WHERE geom IS NOT NULL);
