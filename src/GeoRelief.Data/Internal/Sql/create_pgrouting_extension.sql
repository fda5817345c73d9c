-- Same lock as create_postgis_extensions.sql.
SELECT pg_advisory_xact_lock(7450483558234748014);
CREATE EXTENSION IF NOT EXISTS pgrouting;
