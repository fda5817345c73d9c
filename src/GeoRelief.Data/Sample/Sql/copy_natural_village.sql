COPY georelief.natural_village (id, name, declared_village_code, households, population, geom) FROM STDIN (FORMAT BINARY)
