t.geom && ST_MakeEnvelope(@min_lon, @min_lat, @max_lon, @max_lat, 4490)
