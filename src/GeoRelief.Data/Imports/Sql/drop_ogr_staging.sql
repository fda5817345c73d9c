DROP TABLE IF EXISTS georelief_import.{staging}
