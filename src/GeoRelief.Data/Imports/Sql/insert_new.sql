-- The new keys: a plain INSERT (ON CONFLICT's speculative insertion costs a quarter more per row). A key that another
-- session inserts meanwhile makes this fail, and with it the whole import: nothing is written twice or half.
INSERT INTO georelief.{table} ({columns})
SELECT {columns} FROM import_changed WHERE is_new
