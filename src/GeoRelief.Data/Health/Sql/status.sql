-- What /health reports: server and extension versions, and the version of the planning data.
SELECT current_setting('server_version') AS postgresql,
       (SELECT extversion FROM pg_extension WHERE extname = 'postgis') AS postgis,
       (SELECT extversion FROM pg_extension WHERE extname = 'pgrouting') AS pgrouting,
       d.version AS data_version,
       d.changed_at AS data_changed_at
FROM georelief.data_version d;
