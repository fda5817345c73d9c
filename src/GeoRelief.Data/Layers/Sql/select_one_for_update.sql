-- One feature by its key, locked until the writing transaction ends, so its ETag cannot change under the write.
SELECT {key_text} AS feature_key, md5(t::text) AS etag, {columns}{geometry}
  FROM georelief.{table} AS t
 WHERE {key_predicate}
   FOR UPDATE
