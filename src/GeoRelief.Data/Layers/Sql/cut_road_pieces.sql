-- One road cut at township boundaries, as Sample/Sql/cut_road_pieces.sql cuts them all: the linear part of its
-- intersection with every township it crosses, measured on the ellipsoid.
INSERT INTO georelief.road_piece (road_id, township_code, length_m, geom)
SELECT r.id, t.code, ST_Length(cut.geom::geography), cut.geom
  FROM georelief.road AS r
  JOIN georelief.admin_unit AS t ON t.level = 4 AND ST_Intersects(t.geom, r.geom)
 CROSS JOIN LATERAL (SELECT ST_Multi(ST_CollectionExtract(ST_Intersection(r.geom, t.geom), 2)) AS geom) AS cut
 WHERE r.id = @k0 AND NOT ST_IsEmpty(cut.geom)
