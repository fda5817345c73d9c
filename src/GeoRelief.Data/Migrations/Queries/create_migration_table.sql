-- The record of applied migrations, outside the application schema so that a migration may drop and
-- recreate `georelief` without losing it.
CREATE SCHEMA IF NOT EXISTS georelief_meta;

CREATE TABLE IF NOT EXISTS georelief_meta.schema_migration (
  version    integer PRIMARY KEY,
  name       text NOT NULL,
  checksum   text NOT NULL,
  applied_at timestamptz NOT NULL DEFAULT now()
);
