SELECT count(*) FROM georelief.road_piece
