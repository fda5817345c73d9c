, ST_AsText(t.geom) AS wkt
