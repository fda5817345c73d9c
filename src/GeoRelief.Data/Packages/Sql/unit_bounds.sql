-- Longitude/latitude extent of the administrative unit @code; no row when there is no such unit.
SELECT ST_XMin(geom), ST_YMin(geom), ST_XMax(geom), ST_YMax(geom) FROM georelief.admin_unit WHERE code = @code;
