-- Whether the imported elevation extent (EPSG:4490) overlaps any administrative unit, and how many do.
SELECT count(*)
FROM georelief.admin_unit
WHERE ST_Intersects(geom, ST_MakeEnvelope(@west, @south, @east, @north, 4490));
