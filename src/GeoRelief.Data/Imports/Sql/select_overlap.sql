-- Whether any valid staged row names a key the layer already holds. When none does (a first load, or a file of new
-- features only) every valid row is new, and the changed rows are the valid rows themselves: no comparison to make.
SELECT EXISTS (SELECT 1
                 FROM import_stage AS s
                 JOIN georelief.{table} AS t ON {key_join}
                WHERE s.ok)
