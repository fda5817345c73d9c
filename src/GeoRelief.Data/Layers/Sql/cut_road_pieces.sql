-- One road cut at township boundaries by georelief.cut_at_townships (migration 0002), the function the sample
-- loader and imports use too.
INSERT INTO georelief.road_piece (road_id, township_code, length_m, geom)
SELECT r.id, c.township_code, c.length_m, c.geom
  FROM georelief.road AS r
 CROSS JOIN LATERAL georelief.cut_at_townships(r.geom) AS c
 WHERE r.id = @k0
