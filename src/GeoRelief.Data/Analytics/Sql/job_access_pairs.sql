-- Demand point × industrial base pairs within @commute_m. By road network (georelief.road_edge, metres) when both
-- ends lie within @snap_m of a network vertex: distance = walk to the network + network + walk from it, found by
-- one bounded Dijkstra per base vertex (pgr_drivingDistance); otherwise in a straight line (great circle),
-- labelled 'straight_line'. Needs pgRouting; job_access_pairs_straight.sql is the fallback without it.
WITH area AS (
  SELECT ST_Expand(ST_Extent(geom)::geometry, @commute_m / 70000.0) AS box
    FROM georelief.admin_unit
   WHERE code LIKE @within || '%' AND geom IS NOT NULL),
demand AS (
  SELECT 'site' AS kind, s.id, s.geom FROM georelief.relocation_site AS s WHERE s.village_code LIKE @within || '%'
  UNION ALL
  SELECT 'village', v.id, v.geom
    FROM georelief.natural_village AS v
    JOIN georelief.village_year AS y ON y.natural_village_id = v.id AND y.year = @year
   WHERE v.village_code LIKE @within || '%' AND y.poor_population > 0),
base AS (SELECT b.id, b.geom FROM georelief.industrial_base AS b, area WHERE b.geom && area.box),
demand_snap AS (
  SELECT d.kind, d.id, d.geom, s.vertex, s.metres
    FROM demand AS d
    LEFT JOIN LATERAL (
          SELECT rv.id AS vertex, ST_Distance(rv.geom::geography, d.geom::geography, false) AS metres
            FROM georelief.road_vertex AS rv
           ORDER BY rv.geom::geography <-> d.geom::geography
           LIMIT 1) AS s ON true),
base_snap AS (
  SELECT b.id, b.geom, s.vertex, s.metres
    FROM base AS b
    LEFT JOIN LATERAL (
          SELECT rv.id AS vertex, ST_Distance(rv.geom::geography, b.geom::geography, false) AS metres
            FROM georelief.road_vertex AS rv
           ORDER BY rv.geom::geography <-> b.geom::geography
           LIMIT 1) AS s ON true),
graph AS (
  SELECT format('SELECT id, source, target, length_m AS cost, length_m AS reverse_cost FROM georelief.road_edge WHERE geom && %L::geometry',
                ST_AsEWKT(ST_Expand(box, @commute_m / 70000.0))) AS edges,
         (SELECT array_agg(DISTINCT vertex) FROM base_snap WHERE metres <= @snap_m) AS roots
    FROM area),
reach AS MATERIALIZED (
  SELECT d.from_v, d.node, d.agg_cost
    FROM graph CROSS JOIN LATERAL pgr_drivingDistance(graph.edges, graph.roots, @commute_m, false, false) AS d
   WHERE graph.roots IS NOT NULL),
network_pair AS (
  SELECT ds.kind, ds.id AS demand_id, bs.id AS base_id, min(bs.metres + r.agg_cost + ds.metres) AS metres
    FROM demand_snap AS ds
    JOIN reach AS r ON r.node = ds.vertex
    JOIN base_snap AS bs ON bs.vertex = r.from_v AND bs.metres <= @snap_m
   WHERE ds.metres <= @snap_m
   GROUP BY 1, 2, 3)
SELECT kind, demand_id, base_id, metres, 'network' AS method
  FROM network_pair
 WHERE metres <= @commute_m
UNION ALL
SELECT ds.kind, ds.id, bs.id, ST_Distance(ds.geom::geography, bs.geom::geography, false), 'straight_line'
  FROM demand_snap AS ds
  JOIN base_snap AS bs ON ST_DWithin(ds.geom::geography, bs.geom::geography, @commute_m, false)
 WHERE ds.vertex IS NULL OR ds.metres > @snap_m OR bs.vertex IS NULL OR bs.metres > @snap_m;
