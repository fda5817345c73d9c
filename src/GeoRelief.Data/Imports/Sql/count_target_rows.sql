-- The rows the layer table holds before the write (to choose between index upkeep and a rebuild).
SELECT count(*) FROM georelief.{table}
