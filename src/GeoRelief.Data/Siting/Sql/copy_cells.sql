COPY georelief.suitability_cell (run_id, row_index, col_index, suitability, score, class, failed, main_obstacle) FROM STDIN (FORMAT BINARY)
