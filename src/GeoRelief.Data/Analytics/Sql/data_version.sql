-- The version every result names; an import or edit of any planning table bumps it.
SELECT version FROM georelief.data_version;
