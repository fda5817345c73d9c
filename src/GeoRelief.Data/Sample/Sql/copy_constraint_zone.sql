COPY georelief.constraint_zone (id, name, kind, risk_level, geom) FROM STDIN (FORMAT BINARY)
