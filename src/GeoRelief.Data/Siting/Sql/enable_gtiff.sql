-- PostGIS ships with every GDAL driver disabled; enable GeoTIFF for this transaction only. Needs a superuser
-- (the embedded cluster's owner is one); on a server where GeoRelief is not, set postgis.gdal_enabled_drivers = 'GTiff'
-- in postgresql.conf instead.
SELECT set_config('postgis.gdal_enabled_drivers', 'GTiff', true);
