-- One MBTiles tile: @row is the TMS row (2^z − 1 − the XYZ y), @data the gzip-compressed MVT.
INSERT INTO tiles (zoom_level, tile_column, tile_row, tile_data) VALUES (@zoom, @column, @row, @data);
