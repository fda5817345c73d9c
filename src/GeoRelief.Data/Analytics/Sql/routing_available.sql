-- Whether pgRouting is installed in this database (network analyses fall back to straight lines without it).
SELECT EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'pgrouting');
