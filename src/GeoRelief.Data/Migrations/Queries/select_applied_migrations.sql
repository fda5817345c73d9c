SELECT version, name, checksum
FROM georelief_meta.schema_migration
ORDER BY version;
