-- Editing through the API: who may write (tokens), and what every write changed (the audit trail).

-- An API token is shown to its owner once; only a SHA-256 hash of its secret part is kept. The token text is
-- "grt_<id>_<secret>": the id finds the row, the hash of the secret proves it.
CREATE TABLE georelief.api_token (
  id          text PRIMARY KEY CHECK (id ~ '^[0-9a-f]{12}$'),
  name        text NOT NULL,
  role        text NOT NULL CHECK (role IN ('viewer', 'editor', 'admin')),
  -- NBS code of the unit the token may edit within (prefix of the features' located codes); NULL: everywhere.
  within_code text CHECK (within_code ~ '^[0-9]{2}([0-9]{2}([0-9]{2}([0-9]{3}([0-9]{3})?)?)?)?$'),
  secret_hash bytea NOT NULL CHECK (length(secret_hash) = 32),
  created_at  timestamptz NOT NULL DEFAULT now(),
  revoked_at  timestamptz
);

-- One row per change made through the API, written in the same transaction as the change itself.
CREATE TABLE georelief.audit_log (
  id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  changed_at timestamptz NOT NULL DEFAULT now(),
  token_id   text NOT NULL,
  who        text NOT NULL,
  layer      text NOT NULL,
  key        text NOT NULL,
  action     text NOT NULL CHECK (action IN ('create', 'update', 'delete')),
  before     jsonb,
  after      jsonb,
  CHECK ((action = 'create') = (before IS NULL) AND (action = 'delete') = (after IS NULL))
);
CREATE INDEX audit_log_feature_idx ON georelief.audit_log (layer, key, id);
CREATE INDEX audit_log_changed_at_idx ON georelief.audit_log (changed_at);
