-- The tiles of zoom @z in columns @min_x…@max_x and rows @min_y…@max_y whose area, grown by the render buffer
-- (@margin of the tile width), intersects the administrative unit @code.
SELECT x, y
FROM georelief.admin_unit u,
     generate_series(@min_x, @max_x) AS x,
     generate_series(@min_y, @max_y) AS y
WHERE u.code = @code
  AND ST_Intersects(u.geom, ST_Transform(ST_TileEnvelope(@z, x, y, margin => @margin), 4490))
ORDER BY y, x;
