DELETE FROM georelief.road_piece WHERE road_id = @k0
