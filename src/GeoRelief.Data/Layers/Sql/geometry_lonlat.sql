, ST_X(t.geom) AS lon, ST_Y(t.geom) AS lat
