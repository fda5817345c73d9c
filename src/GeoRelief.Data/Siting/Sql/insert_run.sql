-- Stores an evaluated grid: its georeference, model, summary and a five-band raster (suitability, class code,
-- failed-constraint bit mask, main obstacle, aspect in degrees from north with −2 where flat; −1 = no data: a GeoTIFF
-- has one no-data value for all its bands) for the GeoTIFF download. Returns the run id.
INSERT INTO georelief.suitability_run
  (area, cell_size_m, srid, upper_left_x, upper_left_y, width, height, data_version, parameters, summary, rast)
SELECT @area, @cell, @srid, @ulx, @uly, @width, @height, (SELECT version FROM georelief.data_version),
       @parameters::jsonb, @summary::jsonb,
       ST_SetValues(ST_SetValues(ST_SetValues(ST_SetValues(ST_SetValues(
         ST_AddBand(ST_MakeEmptyRaster(@width, @height, @ulx, @uly, @cell, -@cell, 0, 0, @srid),
                    ARRAY[ROW(NULL, '32BF', -1, -1), ROW(NULL, '32BF', -1, -1), ROW(NULL, '32BF', -1, -1), ROW(NULL, '32BF', -1, -1),
                          ROW(NULL, '32BF', -1, -1)]::addbandarg[]),
         1, 1, 1, @suitability::double precision[][]),
         2, 1, 1, @class::double precision[][]),
         3, 1, 1, @failed::double precision[][]),
         4, 1, 1, @obstacle::double precision[][]),
         5, 1, 1, @aspect::double precision[][])
RETURNING id;
