-- One tile of the elevation grid: an empty north-up raster at the tile's corner, one 32-bit float band,
-- then every cell from a two-dimensional array (rows from north, columns from west).
INSERT INTO georelief.dem (name, rast)
SELECT @name,
       ST_SetValues(
         ST_AddBand(
           ST_MakeEmptyRaster(@width, @height, @west, @north, @cell_size, -@cell_size, 0, 0, @srid),
           '32BF'::text, 0::double precision, NULL::double precision),
         1, 1, 1, @values::double precision[][])
