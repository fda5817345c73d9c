-- The view of select_all_new.sql, before the commit drops the stage it reads.
DROP VIEW import_changed
