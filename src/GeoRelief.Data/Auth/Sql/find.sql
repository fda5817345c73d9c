-- The live token with this id and its secret's hash; the caller compares the hash in constant time.
SELECT id, name, role, within_code, created_at, revoked_at, secret_hash
  FROM georelief.api_token
 WHERE id = @id AND revoked_at IS NULL
