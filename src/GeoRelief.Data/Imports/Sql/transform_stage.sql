-- Input in a coordinate system that only PostGIS knows (an EPSG code outside GeoRelief's own registry).
UPDATE import_stage SET geom = ST_Transform(geom, 4490) WHERE geom IS NOT NULL AND ST_SRID(geom) <> 4490;
