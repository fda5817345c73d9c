-- The previous elevation raster goes in the same transaction as the new one arrives.
DELETE FROM georelief.dem;
