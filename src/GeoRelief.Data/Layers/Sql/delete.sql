DELETE FROM georelief.{table} AS t WHERE {key_predicate}
