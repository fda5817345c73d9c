-- Pairs of villages (level 5, not kept in admin_adjacency) within @within whose boundaries meet. Queen contiguity: the boundaries share at
-- least a point (ST_Intersects). Rook contiguity additionally needs a shared edge of positive length.
-- Written as a self-join of the table (not of a CTE) so that the geometry index finds each unit's neighbours.
SELECT a.code, b.code,
       ST_Length(ST_CollectionExtract(ST_Intersection(ST_Boundary(a.geom), ST_Boundary(b.geom)), 2)) > 0 AS shares_edge
  FROM georelief.admin_unit AS a
  JOIN georelief.admin_unit AS b
    ON ST_Intersects(a.geom, b.geom) AND b.level = a.level AND a.code < b.code AND b.code LIKE @within || '%'
 WHERE a.level = @level AND a.code LIKE @within || '%' AND a.geom IS NOT NULL
 ORDER BY 1, 2;
