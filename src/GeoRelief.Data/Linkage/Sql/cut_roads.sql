-- The roads with these ids cut again at township boundaries (after an import changed them).
DELETE FROM georelief.road_piece WHERE road_id = ANY (@ids);

INSERT INTO georelief.road_piece (road_id, township_code, length_m, geom)
SELECT r.id, c.township_code, c.length_m, c.geom
  FROM georelief.road AS r
 CROSS JOIN LATERAL georelief.cut_at_townships(r.geom) AS c
 WHERE r.id = ANY (@ids);
