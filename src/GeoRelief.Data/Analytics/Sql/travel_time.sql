-- Travel time from each natural village within @within (with at least @min_households households) to the nearest
-- township seat: walk from the village to its nearest road vertex (Tobler's hiking function on the slope between
-- the two points read from the DEM; flat ground, 5.04 km/h, where the DEM has no value), then drive the network
-- (georelief.road_edge, seconds by road class). One Dijkstra from a virtual origin (vertex 0) joined to every
-- seat's nearest vertex at the seat's walking time gives every vertex the time to its nearest seat; searched up
-- to @cap_seconds. The network is the part within 0.1° of the units, so a seat just across a border counts.
WITH area AS (
  SELECT ST_Expand(ST_Extent(geom)::geometry, 0.1) AS box
    FROM georelief.admin_unit
   WHERE code LIKE @within || '%' AND geom IS NOT NULL),
graph AS (
  SELECT format($edges$
           SELECT id, source, target, seconds AS cost, seconds AS reverse_cost
             FROM georelief.road_edge WHERE geom && %1$L::geometry
           UNION ALL
           SELECT -row_number() OVER (ORDER BY f.id), 0, snap.id, snap.metres / (5.04 / 3.6), -1
             FROM georelief.facility AS f
            CROSS JOIN LATERAL (
                  SELECT v.id, ST_Distance(v.geom::geography, f.geom::geography, false) AS metres
                    FROM georelief.road_vertex AS v
                   ORDER BY v.geom::geography <-> f.geom::geography
                   LIMIT 1) AS snap
            WHERE f.kind = 'township_seat' AND f.geom && %1$L::geometry
         $edges$, ST_AsEWKT(box)) AS edges
    FROM area),
reach AS MATERIALIZED (
  SELECT d.node, d.agg_cost
    FROM graph CROSS JOIN LATERAL pgr_drivingDistance(graph.edges, 0::bigint, @cap_seconds, false) AS d),
village AS (
  SELECT id, geom FROM georelief.natural_village
   WHERE village_code LIKE @within || '%' AND households >= @min_households),
snapped AS MATERIALIZED (
  SELECT v.id, s.vertex, s.metres,
         (SELECT ST_Value(d.rast, v.geom) FROM georelief.dem AS d WHERE ST_Intersects(d.rast, v.geom) LIMIT 1) AS z_village,
         (SELECT ST_Value(d.rast, s.geom) FROM georelief.dem AS d WHERE ST_Intersects(d.rast, s.geom) LIMIT 1) AS z_road
    FROM village AS v
   CROSS JOIN LATERAL (
         SELECT rv.id AS vertex, rv.geom, ST_Distance(rv.geom::geography, v.geom::geography, false) AS metres
           FROM georelief.road_vertex AS rv
          ORDER BY rv.geom::geography <-> v.geom::geography
          LIMIT 1) AS s),
walk AS (
  SELECT s.*,
         z_village IS NOT NULL AND z_road IS NOT NULL AS from_dem,
         CASE WHEN s.metres > 0 AND z_village IS NOT NULL AND z_road IS NOT NULL
              THEN (z_road - z_village) / s.metres ELSE 0 END AS slope
    FROM snapped AS s)
SELECT w.id, w.metres, w.slope, w.from_dem,
       w.metres / (6 * exp(-3.5 * abs(w.slope + 0.05)) / 3.6) AS walk_seconds,
       r.agg_cost AS drive_seconds
  FROM walk AS w
  LEFT JOIN reach AS r ON r.node = w.vertex;
