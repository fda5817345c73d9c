-- A token scoped to a unit (the parameter within) writes only features all of whose located codes lie within that unit — the rule
-- and the codes of the Layers API (Layers/Sql/Codes/<table>.sql, over the alias t): as the file
-- places them and, for keys already present, as the database has them. A feature located nowhere is outside.
-- Returns the features outside, first rows first, each with the count of all of them and their common extent.
WITH located AS (
  SELECT t.row_no, {key_text_t} AS feature, c.code, {geometry_t} AS geom
    FROM import_changed AS t
    LEFT JOIN LATERAL ({codes}) AS c (code) ON true
  UNION ALL
  SELECT n.row_no, {key_text_n}, c.code, {geometry_t}
    FROM import_changed AS n
    JOIN georelief.{table} AS t ON {key_join}
    LEFT JOIN LATERAL ({codes}) AS c (code) ON true
   WHERE NOT n.is_new
), outside AS (
  SELECT row_no, feature, array_agg(DISTINCT code ORDER BY code) FILTER (WHERE code IS NOT NULL) AS codes,
         ST_Extent(geom)::geometry AS extent
    FROM located
   GROUP BY row_no, feature
  HAVING count(code) = 0 OR bool_or(left(code, length(@within)) <> @within)
), summary AS (
  SELECT count(*) AS total, ST_Extent(extent) AS extent FROM outside
)
SELECT o.row_no, o.feature, coalesce(o.codes, '{}'), s.total, ST_XMin(s.extent), ST_YMin(s.extent), ST_XMax(s.extent), ST_YMax(s.extent)
  FROM outside AS o
 CROSS JOIN summary AS s
 ORDER BY o.row_no
 LIMIT @limit
