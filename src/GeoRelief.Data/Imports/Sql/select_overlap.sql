-- Whether any staged row names a key the layer already holds. When none does (a first load, or a file of new
-- features only) every valid row is new: the changed rows are the valid rows themselves, with no comparison to make
-- (select_all_new.sql). Asked before the checks, of all staged rows: a key present on a row that is then rejected
-- only sends the batch the general way (select_changed.sql), which gives the same rows. An empty layer answers at
-- once: the second sub-select, which reads the whole stage, runs only when the first finds a row.
SELECT CASE WHEN NOT EXISTS (SELECT 1 FROM georelief.{table}) THEN false
            ELSE EXISTS (SELECT 1
                           FROM import_stage AS s
                           JOIN georelief.{table} AS t ON {key_join})
       END
