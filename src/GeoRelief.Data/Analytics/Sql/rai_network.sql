-- Rural Access Index, network variant (an extension, not the official SDG 9.1.1 figure): a natural village within
-- @within is within reach when walking to its nearest road vertex plus the distance along existing roads of any
-- surface to the nearest vertex of an all-season (hardened, existing) road is at most @distance_m. One bounded
-- Dijkstra from a virtual origin (vertex 0) joined at no cost to every all-season vertex.
WITH area AS (
  SELECT ST_Expand(ST_Extent(geom)::geometry, 0.05) AS box
    FROM georelief.admin_unit
   WHERE code LIKE @within || '%' AND geom IS NOT NULL),
graph AS (
  SELECT format($edges$
           SELECT id, source, target, length_m AS cost, length_m AS reverse_cost
             FROM georelief.road_edge WHERE geom && %1$L::geometry
           UNION ALL
           SELECT -row_number() OVER (ORDER BY h.vertex), 0, h.vertex, 0, -1
             FROM (SELECT DISTINCT e.source AS vertex
                     FROM georelief.road_edge AS e
                     JOIN georelief.road AS r ON r.id = e.road_id
                    WHERE r.surface IN ('asphalt', 'concrete', 'paved') AND e.geom && %1$L::geometry) AS h
         $edges$, ST_AsEWKT(box)) AS edges
    FROM area),
reach AS MATERIALIZED (
  SELECT d.node, d.agg_cost
    FROM graph CROSS JOIN LATERAL pgr_drivingDistance(graph.edges, 0::bigint, @distance_m, false) AS d)
SELECT v.id, v.village_code, v.population, coalesce(s.metres + r.agg_cost <= @distance_m, false) AS within_reach
  FROM georelief.natural_village AS v
 CROSS JOIN LATERAL (
       SELECT rv.id AS vertex, ST_Distance(rv.geom::geography, v.geom::geography, false) AS metres
         FROM georelief.road_vertex AS rv
        ORDER BY rv.geom::geography <-> v.geom::geography
        LIMIT 1) AS s
  LEFT JOIN reach AS r ON r.node = s.vertex
 WHERE v.village_code LIKE @within || '%';
