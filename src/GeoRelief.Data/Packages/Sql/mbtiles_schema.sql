-- MBTiles 1.3 (SQLite): the metadata table (name/value text pairs) and the tiles table, keyed by zoom, column and
-- row in the TMS scheme (row 0 at the bottom). application_id 0x4d504258 ("MPBX") marks the file as MBTiles.
PRAGMA application_id = 1297105496;
CREATE TABLE metadata (name text NOT NULL, value text);
CREATE UNIQUE INDEX metadata_name ON metadata (name);
CREATE TABLE tiles (zoom_level integer NOT NULL, tile_column integer NOT NULL, tile_row integer NOT NULL, tile_data blob NOT NULL);
CREATE UNIQUE INDEX tile_index ON tiles (zoom_level, tile_column, tile_row);
