-- Audit entries, newest first, optionally of one layer, one feature and since a moment.
SELECT id, changed_at, token_id, who, layer, key, action, before::text, after::text
  FROM georelief.audit_log
 WHERE (@layer::text IS NULL OR layer = @layer::text)
   AND (@key::text IS NULL OR key = @key::text)
   AND (@since::timestamptz IS NULL OR changed_at >= @since::timestamptz)
 ORDER BY id DESC
 LIMIT @limit
