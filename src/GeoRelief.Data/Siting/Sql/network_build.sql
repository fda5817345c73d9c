-- A routable graph of the existing roads around the allocation's points, in temporary tables of this transaction:
-- every road segment an edge (both directions), vertices merged when they coincide to 1e-7° (roads of the sample
-- start on a vertex of the road they branch from). Cost in minutes at a speed by class, slower on gravel or earth:
-- national 60, provincial 50, county 40, township 30, village 25, group 20 km/h; × 0.6 unpaved.
CREATE TEMPORARY TABLE siting_segment ON COMMIT DROP AS
WITH extent AS (
  SELECT ST_Expand(ST_Extent(g), 0.1) AS box
  FROM (SELECT geom AS g FROM georelief.natural_village WHERE id = ANY (@village_ids::text[])
        UNION ALL SELECT geom FROM georelief.relocation_site WHERE id = ANY (@site_ids::text[])
        UNION ALL SELECT ST_SetSRID(ST_GeomFromGeoJSON(j), 4490) FROM unnest(@site_geojson::text[]) AS j WHERE j IS NOT NULL) p
)
SELECT ST_SnapToGrid(ST_StartPoint(d.geom), 1e-7) AS a, ST_SnapToGrid(ST_EndPoint(d.geom), 1e-7) AS b,
       ST_Length(d.geom::geography) AS length_m,
       (CASE r.class WHEN 'national' THEN 60 WHEN 'provincial' THEN 50 WHEN 'county' THEN 40 WHEN 'township' THEN 30
                     WHEN 'village' THEN 25 ELSE 20 END)
       * (CASE WHEN r.surface IN ('gravel', 'earth') THEN 0.6 ELSE 1 END) AS speed_kmh
FROM georelief.road r, extent, ST_DumpSegments(r.geom) AS d
WHERE r.status = 'existing' AND r.geom && extent.box;

CREATE TEMPORARY TABLE siting_node ON COMMIT DROP AS
SELECT row_number() OVER () AS id, p AS geom
FROM (SELECT a AS p FROM siting_segment UNION SELECT b FROM siting_segment) n;

CREATE INDEX ON siting_node USING gist (geom);

CREATE TEMPORARY TABLE siting_edge ON COMMIT DROP AS
SELECT row_number() OVER () AS id, na.id AS source, nb.id AS target,
       s.length_m / (s.speed_kmh * 1000 / 60) AS cost, s.length_m / (s.speed_kmh * 1000 / 60) AS reverse_cost
FROM siting_segment s
JOIN siting_node na ON na.geom = s.a
JOIN siting_node nb ON nb.geom = s.b;
