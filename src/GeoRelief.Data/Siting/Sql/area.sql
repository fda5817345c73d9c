-- The evaluated area: an administrative unit (@code) or a GeoJSON polygon in EPSG:4490 (@geojson).
-- Returns the centroid longitude (to pick the Gauss–Krüger zone) and the area in km²; no row when the code is unknown.
WITH area AS (
  SELECT CASE WHEN @code::text IS NOT NULL THEN (SELECT geom FROM georelief.admin_unit WHERE code = @code::text)
              ELSE ST_SetSRID(ST_GeomFromGeoJSON(@geojson::text), 4490) END AS g
)
SELECT ST_X(ST_Centroid(g)), ST_Area(g::geography) / 1e6
FROM area
WHERE g IS NOT NULL;
