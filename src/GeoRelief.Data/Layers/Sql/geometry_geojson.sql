, ST_AsGeoJSON(t.geom) AS geometry
