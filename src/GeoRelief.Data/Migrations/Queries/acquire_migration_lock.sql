-- Session-level, so it is held across the one-transaction-per-migration loop.
SELECT pg_advisory_lock($1);
