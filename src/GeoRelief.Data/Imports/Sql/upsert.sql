-- Upsert by key; an update happens only where the row really differs.
INSERT INTO georelief.{table} AS t ({columns})
SELECT {columns} FROM import_changed
    ON CONFLICT ({key_columns}) DO UPDATE
   SET {set_list}
 WHERE ({target_columns}) IS DISTINCT FROM ({excluded_columns})
