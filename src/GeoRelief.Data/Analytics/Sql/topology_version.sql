-- The data version the routing network was built from (null before the first build).
SELECT data_version FROM georelief.road_topology;
