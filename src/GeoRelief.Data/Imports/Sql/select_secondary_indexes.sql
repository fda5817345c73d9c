-- The layer table's indexes other than its key, with their definitions: dropped before a bulk insert and built
-- again after it, in the same transaction.
SELECT c.relname, pg_get_indexdef(i.indexrelid)
  FROM pg_index AS i
  JOIN pg_class AS c ON c.oid = i.indexrelid
 WHERE i.indrelid = to_regclass('georelief.' || quote_ident(@table))
   AND NOT i.indisunique AND NOT i.indisprimary
 ORDER BY c.relname
