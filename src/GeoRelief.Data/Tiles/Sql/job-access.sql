-- Layer "job-access": two kinds of feature, told apart by `kind`.
--  industrial_base  each base with base_kind, jobs and poor_employed.
--  natural_village  from z @villages_from: each natural village with jobs_within_reach, the jobs of all bases
--                   within @reach_m metres in a straight line — great-circle distance, as the job-access analysis
--                   measures its straight-line pairs (a documented proxy; the network-based 2SFCA lives in the
--                   analytics API) — and bases_within_reach. The bases' boxes are searched generously (as in
--                   georelief.near_hardened_road) so that none within reach is left out.
WITH query_box AS (
  SELECT ST_Transform(ST_TileEnvelope(@z, @x, @y, margin => @buffer::float8 / @extent), 4490) AS box
),
bases AS (
  SELECT 'industrial_base' AS kind, b.id, b.name, b.kind AS base_kind, b.jobs, b.poor_employed,
         NULL::bigint AS jobs_within_reach, NULL::bigint AS bases_within_reach,
         ST_AsMVTGeom(ST_Transform(b.geom, 3857), ST_TileEnvelope(@z, @x, @y), @extent, @buffer, true) AS geom
  FROM georelief.industrial_base b, query_box q
  WHERE b.geom && q.box
),
villages AS (
  SELECT 'natural_village' AS kind, n.id, n.name, NULL::text AS base_kind, NULL::int AS jobs, NULL::int AS poor_employed,
         coalesce(reach.jobs, 0) AS jobs_within_reach, coalesce(reach.bases, 0) AS bases_within_reach,
         ST_AsMVTGeom(ST_Transform(n.geom, 3857), ST_TileEnvelope(@z, @x, @y), @extent, @buffer, true) AS geom
  FROM georelief.natural_village n
  CROSS JOIN query_box q
  CROSS JOIN LATERAL (
    SELECT sum(b.jobs) AS jobs, count(*) AS bases
    FROM georelief.industrial_base b
    WHERE b.geom && ST_Expand(n.geom, (@reach_m + 1) / 110000.0 / cos(radians(abs(ST_Y(n.geom)) + 1)), (@reach_m + 1) / 110000.0)
      AND ST_DWithin(b.geom::geography, n.geom::geography, @reach_m, false)) reach
  WHERE @z >= @villages_from AND n.geom && q.box
),
features AS (
  SELECT * FROM bases
  UNION ALL
  SELECT * FROM villages
)
SELECT ST_AsMVT(f, @name, @extent, 'geom'), count(*), count(*)
FROM (SELECT * FROM features WHERE geom IS NOT NULL ORDER BY kind, id) f;
