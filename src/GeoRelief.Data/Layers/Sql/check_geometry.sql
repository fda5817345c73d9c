-- Parses a GeoJSON geometry as PostGIS does and reports what the API checks before writing it.
-- Without a "crs" member the coordinates are lon/lat in CGCS2000 (EPSG:4490), which equals WGS84 for planning;
-- a Polygon is promoted to a MultiPolygon when @multi (the layer stores MultiPolygons).
WITH parsed AS (
  SELECT CASE WHEN @has_crs THEN g ELSE ST_SetSRID(g, 4490) END AS g
    FROM ST_GeomFromGeoJSON(@geojson::text) AS input (g)
)
SELECT GeometryType(g) AS type,
       ST_SRID(g) AS srid,
       ST_IsEmpty(g) AS empty,
       ST_IsValidReason(g) AS validity,
       ST_XMin(g) AS min_lon, ST_YMin(g) AS min_lat, ST_XMax(g) AS max_lon, ST_YMax(g) AS max_lat,
       ST_AsEWKB(CASE WHEN @multi AND GeometryType(g) = 'POLYGON' THEN ST_Multi(g) ELSE g END) AS ewkb
  FROM parsed
