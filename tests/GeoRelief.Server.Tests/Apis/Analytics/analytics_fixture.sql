-- A tiny hand-made county at the equator (so distances are easy to work out by hand): four townships of 0.1° × 0.1°,
-- 520101103, 520101100 and 520101101 side by side from west to east, 520101102 apart (no neighbour); one village
-- each; five natural villages;
-- two hardened roads 0.04° long running north from the equator; a relocation site and an industrial base.
-- Province 52 is western: exit threshold 3 %.
INSERT INTO georelief.admin_unit (code, level, parent_code, name, urban_rural_code, code_year, geom) VALUES
  ('52', 1, NULL, '测试省', NULL, 2023, NULL),
  ('5201', 2, '52', '测试州', NULL, 2023, NULL),
  ('520101', 3, '5201', '测试县', NULL, 2023, ST_Multi(ST_MakeEnvelope(99.9, 0, 100.4, 0.1, 4490))),
  ('520101100', 4, '520101', '甲镇', NULL, 2023, ST_Multi(ST_MakeEnvelope(100, 0, 100.1, 0.1, 4490))),
  ('520101101', 4, '520101', '乙镇', NULL, 2023, ST_Multi(ST_MakeEnvelope(100.1, 0, 100.2, 0.1, 4490))),
  ('520101102', 4, '520101', '丙乡', NULL, 2023, ST_Multi(ST_MakeEnvelope(100.3, 0, 100.4, 0.1, 4490))),
  ('520101103', 4, '520101', '丁乡', NULL, 2023, ST_Multi(ST_MakeEnvelope(99.9, 0, 100, 0.1, 4490))),
  ('520101100200', 5, '520101100', '甲村', 220, 2023, ST_Multi(ST_MakeEnvelope(100, 0, 100.1, 0.1, 4490))),
  ('520101101200', 5, '520101101', '乙村', 220, 2023, ST_Multi(ST_MakeEnvelope(100.1, 0, 100.2, 0.1, 4490))),
  ('520101102200', 5, '520101102', '丙村', 220, 2023, ST_Multi(ST_MakeEnvelope(100.3, 0, 100.4, 0.1, 4490))),
  ('520101103200', 5, '520101103', '丁村', 220, 2023, ST_Multi(ST_MakeEnvelope(99.9, 0, 100, 0.1, 4490)));

INSERT INTO georelief.natural_village (id, name, village_code, township_code, households, population, geom) VALUES
  ('A', 'A组', '520101100200', '520101100', 40, 100, ST_SetSRID(ST_MakePoint(100.05, 0.05), 4490)),
  ('B', 'B组', '520101101200', '520101101', 20, 200, ST_SetSRID(ST_MakePoint(100.15, 0.05), 4490)),
  ('C', 'C组', '520101101200', '520101101', 35, 300, ST_SetSRID(ST_MakePoint(100.15, 0.02), 4490)),
  ('D', 'D组', '520101102200', '520101102', 50, 100, ST_SetSRID(ST_MakePoint(100.35, 0.05), 4490)),
  ('E', 'E组', '520101103200', '520101103', 10, 100, ST_SetSRID(ST_MakePoint(99.95, 0.05), 4490));

INSERT INTO georelief.village_year (natural_village_id, year, registered_population, poor_households, poor_population, exited_households, monitored_households) VALUES
  ('A', 2017, 100, 6, 20, 0, 0), ('A', 2018, 100, 3, 10, 4, 1),
  ('B', 2017, 200, 1, 4, 0, 0),  ('B', 2018, 200, 1, 2, 1, 0),
  ('C', 2017, 300, 2, 6, 0, 0),  ('C', 2018, 300, 1, 3, 1, 0),
  ('D', 2017, 100, 2, 5, 0, 0),  ('D', 2018, 100, 2, 5, 0, 0),
  ('E', 2017, 100, 1, 2, 0, 0),  ('E', 2018, 100, 1, 1, 1, 0);

INSERT INTO georelief.road (id, name, class, surface, status, year_built, geom) VALUES
  ('R1', '一号路', 'village', 'asphalt', 'existing', 2017, ST_GeomFromText('LINESTRING(100.05 0, 100.05 0.04)', 4490)),
  ('R2', '二号路', 'village', 'concrete', 'existing', 2018, ST_GeomFromText('LINESTRING(100.154 0, 100.154 0.04)', 4490)),
  ('R3', '三号路', 'group', 'earth', 'existing', 2016, ST_GeomFromText('LINESTRING(100.35 0.06, 100.35 0.09)', 4490));

INSERT INTO georelief.road_piece (road_id, township_code, length_m, geom)
SELECT r.id, t.code, ST_Length(cut.geom::geography), cut.geom
  FROM georelief.road AS r
  JOIN georelief.admin_unit AS t ON t.level = 4 AND ST_Intersects(t.geom, r.geom)
 CROSS JOIN LATERAL (SELECT ST_Multi(ST_CollectionExtract(ST_Intersection(r.geom, t.geom), 2)) AS geom) AS cut
 WHERE NOT ST_IsEmpty(cut.geom);

INSERT INTO georelief.relocation_site (id, name, kind, status, planned_households, planned_persons, moved_in_households, moved_in_persons,
                                       progress_pct, start_date, planned_completion_date, village_code, township_code, geom) VALUES
  ('S1', '甲安置点', 'concentrated', 'under_construction', 10, 40, 5, 20, 50, '2018-01-01', '2018-12-31', '520101100200', '520101100',
   ST_SetSRID(ST_MakePoint(100.06, 0.06), 4490));
INSERT INTO georelief.relocation_source (site_id, natural_village_id, planned_households) VALUES ('S1', 'B', 5);

INSERT INTO georelief.industrial_base (id, name, kind, jobs, village_code, township_code, geom) VALUES
  ('IB1', '甲车间', 'workshop', 100, '520101100200', '520101100', ST_SetSRID(ST_MakePoint(100.05, 0.045), 4490));
