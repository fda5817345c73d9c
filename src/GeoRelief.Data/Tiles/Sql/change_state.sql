-- What the tile cache compares on each check: the planning data version and the last captured change.
SELECT (SELECT version FROM georelief.data_version),
       (SELECT coalesce(max(id), 0) FROM georelief.tile_change);
