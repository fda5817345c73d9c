-- The keys already present whose row differs: updated in place, only where the row still differs.
UPDATE georelief.{table} AS t
   SET {set_list}
  FROM import_changed AS c
 WHERE NOT c.is_new AND {key_join}
   AND ({target_columns}) IS DISTINCT FROM ({changed_columns})
