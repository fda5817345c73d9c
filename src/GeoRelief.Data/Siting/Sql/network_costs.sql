-- Travel minutes between every village and every site of an allocation: walk to the nearest road vertex at
-- Tobler's flat-ground speed (6·e^(−3.5·0.05) ≈ 5.04 km/h), drive along the graph of network_build.sql
-- (pgr_dijkstraCost, undirected), walk from the vertex nearest the site. Also the straight-line metres of every
-- pair, for pairs the network does not join. Rows: village ordinal, site ordinal, network minutes (NULL: no path),
-- straight-line metres.
WITH village AS (
  SELECT v.n, nv.geom FROM unnest(@village_ids::text[]) WITH ORDINALITY AS v (id, n)
  JOIN georelief.natural_village nv ON nv.id = v.id
),
site AS (
  SELECT s.n, coalesce(ST_SetSRID(ST_GeomFromGeoJSON(s.geojson), 4490), rs.geom) AS geom
  FROM unnest(@site_ids::text[], @site_geojson::text[]) WITH ORDINALITY AS s (id, geojson, n)
  LEFT JOIN georelief.relocation_site rs ON rs.id = s.id
),
village_node AS (
  SELECT v.n, x.id AS node, ST_Distance(v.geom::geography, x.geom::geography) AS walk_m
  FROM village v, LATERAL (SELECT id, geom FROM siting_node ORDER BY geom <-> v.geom LIMIT 1) x
),
site_node AS (
  SELECT s.n, x.id AS node, ST_Distance(s.geom::geography, x.geom::geography) AS walk_m
  FROM site s, LATERAL (SELECT id, geom FROM siting_node ORDER BY geom <-> s.geom LIMIT 1) x
),
routes AS (
  SELECT start_vid, end_vid, agg_cost
  FROM pgr_dijkstraCost('SELECT id, source, target, cost, reverse_cost FROM siting_edge',
                        (SELECT array_agg(DISTINCT node) FROM village_node), (SELECT array_agg(DISTINCT node) FROM site_node), false)
)
SELECT v.n, s.n,
       CASE WHEN vn.node = sn.node THEN (vn.walk_m + sn.walk_m) / (5040.0 / 60)
            ELSE (vn.walk_m + sn.walk_m) / (5040.0 / 60) + r.agg_cost END,
       ST_Distance(v.geom::geography, s.geom::geography)
FROM village v
CROSS JOIN site s
JOIN village_node vn ON vn.n = v.n
JOIN site_node sn ON sn.n = s.n
LEFT JOIN routes r ON r.start_vid = vn.node AND r.end_vid = sn.node;
