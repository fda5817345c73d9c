INSERT INTO georelief_meta.schema_migration (version, name, checksum)
VALUES ($1, $2, $3);
