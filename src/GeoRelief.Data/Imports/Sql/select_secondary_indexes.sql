-- The layer table's indexes other than its key that a fresh build makes faster than row-by-row upkeep, as the
-- statements that drop them and build them again (the catalogue's own definition): dropped before a bulk insert and
-- built again after it, in the same transaction. A B-tree is built by sorting; a GiST only when its operator classes
-- sort (support function 11, as PostGIS's 2-D geometry has). Others (a GiST on geography) are built by repeated
-- insertion, no faster than keeping them up to date, so they stay.
SELECT format('DROP INDEX %s', i.indexrelid::regclass) AS drop_statement, pg_get_indexdef(i.indexrelid) AS create_statement
  FROM pg_index AS i
  JOIN pg_class AS c ON c.oid = i.indexrelid
  JOIN pg_am AS am ON am.oid = c.relam
 WHERE i.indrelid = to_regclass('georelief.' || quote_ident(@table))
   AND NOT i.indisunique AND NOT i.indisprimary
   AND (am.amname = 'btree'
        OR (am.amname = 'gist'
            AND NOT EXISTS (SELECT 1
                              FROM unnest(i.indclass::oid[]) AS k (opclass)
                              JOIN pg_opclass AS o ON o.oid = k.opclass
                             WHERE NOT EXISTS (SELECT 1 FROM pg_amproc AS p
                                                WHERE p.amprocfamily = o.opcfamily AND p.amprocnum = 11
                                                  AND p.amproclefttype = o.opcintype))))
 ORDER BY c.relname
