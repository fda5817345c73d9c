-- The band of the highest zooms (@band) draws the source boundaries, unsimplified.
INSERT INTO georelief.admin_unit_generalised (code, level, band, area_km2, geom)
SELECT code, level, @band, ST_Area(geom::geography) / 1e6, geom
FROM georelief.admin_unit
WHERE level BETWEEN 3 AND 5 AND geom IS NOT NULL;
