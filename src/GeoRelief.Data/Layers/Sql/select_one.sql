-- One feature by its key (@k0, @k1 for a two-column key), with its ETag: the MD5 of the stored row.
SELECT {key_text} AS feature_key, md5(t::text) AS etag, {columns}{geometry}
  FROM georelief.{table} AS t
 WHERE {key_predicate}
