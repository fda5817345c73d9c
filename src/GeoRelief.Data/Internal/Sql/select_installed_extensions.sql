SELECT (SELECT extversion FROM pg_extension WHERE extname = 'postgis') AS postgis,
       (SELECT extversion FROM pg_extension WHERE extname = 'pgrouting') AS pgrouting;
