COPY import_stage (row_no, {field_names}, geom, raw_x, raw_y, problems, ok, maybe_repeated, located_village, located_township) FROM STDIN (FORMAT BINARY)
