SELECT id, name, role, within_code, created_at, revoked_at
  FROM georelief.api_token
 ORDER BY created_at, id
