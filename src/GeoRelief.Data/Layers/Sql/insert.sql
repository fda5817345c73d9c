-- One new feature: the catalogued writable columns, each a bound parameter or DEFAULT.
INSERT INTO georelief.{table} ({columns}) VALUES ({values})
