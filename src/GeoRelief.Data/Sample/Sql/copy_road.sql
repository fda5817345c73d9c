COPY georelief.road (id, name, class, surface, status, year_built, geom) FROM STDIN (FORMAT BINARY)
