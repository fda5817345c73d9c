-- How many features of one layer match the filters of items.sql (numberMatched); same placeholders and parameters.
SELECT count(*)
FROM georelief.{table} t
WHERE (NOT @has_bbox OR ST_Intersects(t.geom, ST_MakeEnvelope(@min_x, @min_y, @max_x, @max_y, 4490)))
  AND (@within::text IS NULL OR EXISTS (
        SELECT 1 FROM georelief.admin_unit u
        WHERE u.code = @within AND u.geom && t.geom AND ST_Intersects(u.geom, ST_PointOnSurface(t.geom))))
  AND ((({time_start}) IS NULL AND ({time_end}) IS NULL)
       OR ((@time_to::date IS NULL OR ({time_start}) IS NULL OR ({time_start}) <= @time_to)
           AND (@time_from::date IS NULL OR ({time_end}) IS NULL OR ({time_end}) >= @time_from)));
