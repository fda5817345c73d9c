COPY georelief.facility (id, name, kind, geom) FROM STDIN (FORMAT BINARY)
