-- Pairs of units of one level within @within whose boundaries meet. Queen contiguity: the boundaries share at
-- least a point (ST_Intersects). Rook contiguity additionally needs a shared edge of positive length.
WITH unit AS (
  SELECT code, geom FROM georelief.admin_unit
   WHERE level = @level AND code LIKE @within || '%' AND geom IS NOT NULL)
SELECT a.code, b.code,
       ST_Length(ST_CollectionExtract(ST_Intersection(ST_Boundary(a.geom), ST_Boundary(b.geom)), 2)) > 0 AS shares_edge
  FROM unit AS a
  JOIN unit AS b ON a.code < b.code AND ST_Intersects(a.geom, b.geom)
 ORDER BY 1, 2;
