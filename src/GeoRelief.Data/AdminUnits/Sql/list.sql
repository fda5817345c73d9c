-- Administrative units, optionally of one level and within one unit (a prefix of the hierarchical code).
-- @within is validated digits only, so LIKE sees no wildcard from the caller.
SELECT code,
       name,
       level,
       parent_code,
       ST_Area(geom::geography) / 1e6 AS area_km2
FROM georelief.admin_unit
WHERE (@level::smallint IS NULL OR level = @level::smallint)
  AND (@within::text IS NULL OR code LIKE @within::text || '%')
ORDER BY code
LIMIT @limit OFFSET @offset;
