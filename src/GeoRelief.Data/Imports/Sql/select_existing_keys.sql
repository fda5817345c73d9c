-- The keys a layer holds, when there are at most @limit of them (ExistingKeys reads one more to know).
SELECT {key_columns} FROM georelief.{table} LIMIT @limit + 1
