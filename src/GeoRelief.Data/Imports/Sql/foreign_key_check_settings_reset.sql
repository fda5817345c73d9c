-- After the foreign keys are added again: the rest of the import plans with hash joins (foreign_key_check_settings.sql).
RESET enable_hashjoin
