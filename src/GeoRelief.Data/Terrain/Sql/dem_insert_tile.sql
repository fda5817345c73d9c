-- One tile of the imported elevation raster, sent as PostGIS raster WKB (one 32BF band, no data -9999).
INSERT INTO georelief.dem (name, rast) VALUES (@name, ST_RastFromWKB(@wkb));
