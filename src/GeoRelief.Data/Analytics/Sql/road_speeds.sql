-- The speeds travel times are computed with, so that every result can state them.
SELECT class, hardened_kmh, unhardened_kmh FROM georelief.road_speed ORDER BY hardened_kmh DESC, class;
