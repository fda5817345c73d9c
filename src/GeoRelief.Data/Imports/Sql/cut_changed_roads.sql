-- The imported roads that changed, cut again at township boundaries (georelief.cut_at_townships, shared with the
-- sample loader).
DELETE FROM georelief.road_piece WHERE road_id IN (SELECT id FROM import_changed);

INSERT INTO georelief.road_piece (road_id, township_code, length_m, geom)
SELECT c.id, p.township_code, p.length_m, p.geom
  FROM import_changed AS c
 CROSS JOIN LATERAL georelief.cut_at_townships(c.geom) AS p;
