COPY import_stage (row_no, {field_names}, geom, raw_x, raw_y, problems, ok) FROM STDIN (FORMAT BINARY)
