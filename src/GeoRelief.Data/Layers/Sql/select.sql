-- Features of one layer in key order, optionally within a unit and a bounding box.
-- Placeholders in braces are filled by LayerSql from the layer catalogue only (quoted identifiers, fixed
-- fragments): the key as text, the catalogued columns, the geometry as the output wants it, the layer's located
-- codes (Codes/<table>.sql) and the bounding-box test (bbox.sql, or no_filter.sql).
-- @within is validated digits only, so LIKE sees no wildcard from the caller. The ETag is the MD5 of the stored row.
SELECT {key_text} AS feature_key, md5(t::text) AS etag, {columns}{geometry}
  FROM georelief.{table} AS t
 WHERE (@within::text IS NULL
        OR EXISTS (SELECT 1 FROM ({codes}) AS c (code) WHERE c.code LIKE @within::text || '%'))
   AND {bbox}
 ORDER BY {key_columns}
 LIMIT @limit OFFSET @offset
