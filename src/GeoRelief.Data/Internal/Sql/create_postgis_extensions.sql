-- Two GeoRelief processes starting at once must not race on CREATE EXTENSION; the lock ends with the transaction.
-- The key is "geoRextn" read as a big-endian 64-bit integer.
SELECT pg_advisory_xact_lock(7450483558234748014);
CREATE EXTENSION IF NOT EXISTS postgis;
CREATE EXTENSION IF NOT EXISTS postgis_raster;
