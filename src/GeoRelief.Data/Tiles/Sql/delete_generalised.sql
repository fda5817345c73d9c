-- Every generalised boundary goes before the bands are rebuilt (in the same transaction).
DELETE FROM georelief.admin_unit_generalised;
