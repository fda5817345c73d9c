-- The SRID ogr2ogr gave the staged geometries (the GeoPackage layer's coordinate system).
SELECT ST_SRID(geom) FROM georelief_import.{staging} WHERE geom IS NOT NULL LIMIT 1
