-- What the server is and which extensions it could install (pg_available_extensions lists what is on disk).
SELECT current_setting('server_version_num')::integer AS server_version_num,
       current_setting('server_version') AS server_version,
       (SELECT default_version FROM pg_available_extensions WHERE name = 'postgis') AS postgis,
       (SELECT default_version FROM pg_available_extensions WHERE name = 'postgis_raster') AS postgis_raster,
       (SELECT default_version FROM pg_available_extensions WHERE name = 'pgrouting') AS pgrouting;
