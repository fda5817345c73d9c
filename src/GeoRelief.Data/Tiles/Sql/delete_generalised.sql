-- Every generalised boundary goes before the bands are rebuilt (in the same transaction). The boundaries may just
-- have been bulk-loaded: fresh statistics let the bands' joins use the spatial index.
DELETE FROM georelief.admin_unit_generalised;
ANALYZE georelief.admin_unit;
