-- One MBTiles metadata row.
INSERT INTO metadata (name, value) VALUES (@name, @value);
