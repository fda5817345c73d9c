-- One page of the features of one layer for OGC API – Features, in key order. {table}, {key} and {properties} are
-- filled in from LayerCatalog only (quoted identifiers); every value is a bound parameter.
--   @has_bbox, @min_x … @max_y  features intersecting the box (CRS84 ≈ CGCS2000 lon/lat, EPSG:4490)
--   @within                     features whose point on surface lies in the administrative unit with this code
--   @time_from, @time_to        features whose days ({time_start} … {time_end}, from the layer's LayerTime; NULL::date
--                               for a layer without one) meet these; a feature without days, or a NULL bound, matches
SELECT t.{key}::text AS id,
       {properties}::text AS properties,
       ST_AsGeoJSON(t.geom, 7, 0) AS geometry
FROM georelief.{table} t
WHERE (NOT @has_bbox OR ST_Intersects(t.geom, ST_MakeEnvelope(@min_x, @min_y, @max_x, @max_y, 4490)))
  AND (@within::text IS NULL OR EXISTS (
        SELECT 1 FROM georelief.admin_unit u
        WHERE u.code = @within AND u.geom && t.geom AND ST_Intersects(u.geom, ST_PointOnSurface(t.geom))))
  AND ((({time_start}) IS NULL AND ({time_end}) IS NULL)
       OR ((@time_to::date IS NULL OR ({time_start}) IS NULL OR ({time_start}) <= @time_to)
           AND (@time_from::date IS NULL OR ({time_end}) IS NULL OR ({time_end}) >= @time_from)))
ORDER BY t.{key}
LIMIT @limit OFFSET @offset;
