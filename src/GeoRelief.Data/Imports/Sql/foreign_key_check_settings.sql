-- Before the foreign keys that reference the layer are added again after a bulk insert. Adding one checks every
-- referencing row with an anti join of the two tables; PostgreSQL 15 can only build the hash of such a join on the
-- referenced side, so a hash join hashes the key of every row of the layer, however few rows reference it (a million
-- natural villages, 16,093 village-year rows: 0.41–0.46 s). Without hash joins the planner looks each referencing row
-- up in the rebuilt key (the same check: 31–33 ms), and when as many rows reference the layer as it holds, walks both
-- keys in order (a merge join: 0.84 s against 0.98 s hashed; psql, 23 Nov 2026). Undone by
-- foreign_key_check_settings_reset.sql.
SET LOCAL enable_hashjoin = off
