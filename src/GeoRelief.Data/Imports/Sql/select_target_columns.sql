-- The target table's columns as the database declares them: type (for exact comparison with what is already
-- stored) and default (for optional values left empty).
SELECT a.attname, format_type(a.atttypid, a.atttypmod), pg_get_expr(d.adbin, d.adrelid)
  FROM pg_attribute AS a
  JOIN pg_class AS c ON c.oid = a.attrelid
  JOIN pg_namespace AS n ON n.oid = c.relnamespace
  LEFT JOIN pg_attrdef AS d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
 WHERE n.nspname = 'georelief' AND c.relname = @table AND a.attnum > 0 AND NOT a.attisdropped
