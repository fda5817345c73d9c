-- The located codes of one feature (Codes/<table>.sql), for the token-scope check.
SELECT DISTINCT c.code
  FROM georelief.{table} AS t
 CROSS JOIN LATERAL ({codes}) AS c (code)
 WHERE {key_predicate} AND c.code IS NOT NULL
 ORDER BY c.code
