INSERT INTO georelief.api_token (id, name, role, within_code, secret_hash)
VALUES (@id, @name, @role, @within, @secret_hash)
RETURNING created_at
