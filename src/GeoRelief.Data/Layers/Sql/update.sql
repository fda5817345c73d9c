-- Replaces a feature's attributes and geometry: every writable column is set, to DEFAULT where input omits it.
UPDATE georelief.{table} AS t SET ({columns}) = ROW ({values}) WHERE {key_predicate}
