COPY georelief.admin_unit (code, level, parent_code, name, urban_rural_code, code_year, geom) FROM STDIN (FORMAT BINARY)
