-- The client sessions of the cluster other than this process's own (its application name) and this query's: another
-- GeoRelief server or command on the same home, psql. Shutting the cluster down under them would cut them off.
SELECT count(*)
  FROM pg_stat_activity
 WHERE backend_type = 'client backend'
   AND pid <> pg_backend_pid()
   AND application_name IS DISTINCT FROM @own_application_name
