-- Rebuilds the routing network from the existing roads: each road cut at every vertex into straight edges; roads
-- meet where they share a vertex (the sample's and importers' roads start on a vertex of the road they join).
-- Travel seconds from georelief.road_speed by class, hardened or not. Serialised by an advisory lock.
SELECT pg_advisory_xact_lock(hashtext('georelief.road_topology'));
TRUNCATE georelief.road_edge, georelief.road_vertex;
CREATE TEMPORARY TABLE segment ON COMMIT DROP AS
SELECT r.id AS road_id, s.path[1] AS n, s.geom,
       ST_X(ST_StartPoint(s.geom)) AS x0, ST_Y(ST_StartPoint(s.geom)) AS y0,
       ST_X(ST_EndPoint(s.geom)) AS x1, ST_Y(ST_EndPoint(s.geom)) AS y1,
       CASE WHEN r.surface IN ('asphalt', 'concrete', 'paved') THEN sp.hardened_kmh ELSE sp.unhardened_kmh END AS kmh
  FROM georelief.road AS r
  JOIN georelief.road_speed AS sp ON sp.class = r.class
 CROSS JOIN LATERAL ST_DumpSegments(r.geom) AS s
 WHERE r.status = 'existing';
CREATE TEMPORARY TABLE vertex ON COMMIT DROP AS
SELECT row_number() OVER (ORDER BY x, y) AS id, x, y
  FROM (SELECT x0 AS x, y0 AS y FROM segment UNION SELECT x1, y1 FROM segment) AS p;
CREATE INDEX ON vertex (x, y);
INSERT INTO georelief.road_vertex (id, geom)
SELECT id, ST_SetSRID(ST_MakePoint(x, y), 4490) FROM vertex;
INSERT INTO georelief.road_edge (id, road_id, source, target, length_m, seconds, geom)
SELECT row_number() OVER (ORDER BY s.road_id, s.n), s.road_id, a.id, b.id, l.m, l.m / (s.kmh / 3.6), s.geom
  FROM segment AS s
  JOIN vertex AS a ON a.x = s.x0 AND a.y = s.y0
  JOIN vertex AS b ON b.x = s.x1 AND b.y = s.y1
 CROSS JOIN LATERAL (SELECT ST_Length(s.geom::geography) AS m) AS l;
INSERT INTO georelief.road_topology (singleton, data_version, built_at)
SELECT true, version, now() FROM georelief.data_version
ON CONFLICT (singleton) DO UPDATE SET data_version = excluded.data_version, built_at = excluded.built_at;
ANALYZE georelief.road_edge;
ANALYZE georelief.road_vertex;
