-- The extent of the data (every layer lies within the administrative units), for TileJSON bounds.
SELECT ST_XMin(e), ST_YMin(e), ST_XMax(e), ST_YMax(e)
FROM (SELECT ST_Extent(geom)::geometry AS e FROM georelief.admin_unit) x
WHERE e IS NOT NULL;
