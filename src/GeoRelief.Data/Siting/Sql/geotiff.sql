-- The stored grid as a GeoTIFF (four float bands, no data −1) in the grid's metric CRS.
SELECT ST_AsGDALRaster(rast, 'GTiff', ARRAY['COMPRESS=DEFLATE'])
FROM georelief.suitability_run
WHERE id = @run;
