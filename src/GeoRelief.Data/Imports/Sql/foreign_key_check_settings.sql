-- Before the foreign keys that reference the layer are added again after a bulk insert. Adding one checks every
-- referencing row with an anti join of the two tables; PostgreSQL 15 can only build the hash of such a join on the
-- referenced side, so a hash join hashes the key of every row of the layer, however few rows reference it (a million
-- natural villages, 16,093 village-year rows: 0.43–0.46 s). Without hash joins the planner walks the key's B-tree, or
-- looks each referencing row up in it: 31–33 ms (psql, 23 Nov 2026). Undone by foreign_key_check_settings_reset.sql.
SET LOCAL enable_hashjoin = off
