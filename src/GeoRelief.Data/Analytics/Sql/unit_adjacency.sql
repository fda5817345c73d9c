-- Pairs of units of one level (1–4) within @within whose boundaries meet, from admin_adjacency (current: the caller
-- rebuilds a stale level first). Queen contiguity: the boundaries share at least a point (ST_Intersects); rook
-- contiguity additionally needs a shared edge of positive length.
SELECT first_code, second_code, shares_edge
  FROM georelief.admin_adjacency
 WHERE level = @level AND first_code LIKE @within || '%' AND second_code LIKE @within || '%'
 ORDER BY 1, 2;
