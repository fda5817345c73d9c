-- Every road cut at township boundaries (georelief.cut_at_townships), replacing the pieces there were.
DELETE FROM georelief.road_piece;

INSERT INTO georelief.road_piece (road_id, township_code, length_m, geom)
SELECT r.id, c.township_code, c.length_m, c.geom
  FROM georelief.road AS r
 CROSS JOIN LATERAL georelief.cut_at_townships(r.geom) AS c;
