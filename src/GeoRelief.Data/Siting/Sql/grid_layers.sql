-- Every input layer of a suitability grid, rasterised on one grid in a metric CRS (@srid, a Gauss–Krüger zone):
-- cells of @cell metres covering the area's extent plus @margin metres (so distances see features just outside).
-- One row per layer: its name and the raster as WKB (the 'grid' row has no band: it only fixes the extent). Masks burn 1 into the cells whose centre lies inside (lines and points: every
-- cell they touch). Slope comes from ST_Slope on the DEM at its own resolution, transformed to the metric CRS
-- (scale 1: metres over metres), then resampled to the grid; slope in degrees. Aspect from ST_Aspect likewise.
WITH area AS (
  SELECT ST_Transform(CASE WHEN @code::text IS NOT NULL THEN (SELECT geom FROM georelief.admin_unit WHERE code = @code::text)
                           ELSE ST_SetSRID(ST_GeomFromGeoJSON(@geojson::text), 4490) END, @srid::integer) AS g
),
box AS (
  SELECT floor(ST_XMin(g) / @cell) * @cell - @margin AS xmin, floor(ST_YMin(g) / @cell) * @cell - @margin AS ymin,
         ceil(ST_XMax(g) / @cell) * @cell + @margin AS xmax, ceil(ST_YMax(g) / @cell) * @cell + @margin AS ymax
  FROM area
),
grid AS (
  SELECT ST_MakeEmptyRaster(round((xmax - xmin) / @cell)::integer, round((ymax - ymin) / @cell)::integer,
                            xmin, ymax, @cell, -@cell, 0, 0, @srid::integer) AS r,
         ST_Transform(ST_MakeEnvelope(xmin, ymin, xmax, ymax, @srid::integer), 4490) AS envelope
  FROM box
),
native AS (
  SELECT ST_Transform(ST_Union(d.rast), @srid::integer, 'Bilinear') AS rast
  FROM georelief.dem d, grid
  WHERE ST_Intersects(ST_ConvexHull(d.rast), grid.envelope)
  HAVING count(*) > 0
),
zones AS (
  SELECT z.kind, z.risk_level, ST_Transform(z.geom, @srid::integer) AS g
  FROM georelief.constraint_zone z, grid
  WHERE ST_Intersects(z.geom, grid.envelope)
),
layers AS (
  SELECT 'grid' AS layer, r AS rast FROM grid
  UNION ALL SELECT 'area', ST_AsRaster(g, r, '8BUI', 1, 0, false) FROM area, grid
  UNION ALL SELECT 'elevation', ST_Transform(rast, r, 'Bilinear') FROM native, grid
  UNION ALL SELECT 'slope', ST_Transform(ST_Slope(rast, 1, '32BF', 'DEGREES', 1.0), r, 'Bilinear') FROM native, grid
  -- Aspect (degrees clockwise from grid north, -1 flat) resampled to the nearest cell: averaging 359° and 1° would give 180°.
  UNION ALL SELECT 'aspect', ST_Transform(ST_Aspect(rast, 1, '32BF', 'DEGREES'), r, 'NearestNeighbor') FROM native, grid
  UNION ALL SELECT 'hardened_road', ST_AsRaster(ST_Collect(ST_Transform(x.geom, @srid::integer)), r, '8BUI', 1, 0, true)
    FROM georelief.road x, grid
    WHERE x.surface IN ('asphalt', 'concrete', 'paved') AND x.status = 'existing' AND ST_Intersects(x.geom, grid.envelope)
    GROUP BY r
  UNION ALL SELECT x.kind, ST_AsRaster(ST_Collect(ST_Transform(x.geom, @srid::integer)), r, '8BUI', 1, 0, true)
    FROM georelief.facility x, grid
    WHERE x.kind IN ('township_seat', 'school', 'clinic') AND ST_Intersects(x.geom, grid.envelope)
    GROUP BY x.kind, r
  UNION ALL SELECT 'jobs', ST_AsRaster(ST_Collect(ST_Transform(x.geom, @srid::integer)), r, '8BUI', 1, 0, true)
    FROM georelief.industrial_base x, grid
    WHERE x.jobs > 0 AND ST_Intersects(x.geom, grid.envelope)
    GROUP BY r
  UNION ALL SELECT 'source_village', ST_AsRaster(ST_Collect(ST_Transform(x.geom, @srid::integer)), r, '8BUI', 1, 0, true)
    FROM georelief.natural_village x, grid
    WHERE ST_Intersects(x.geom, grid.envelope)
      AND (CASE WHEN @source_ids::text[] IS NULL
                THEN EXISTS (SELECT 1 FROM georelief.relocation_source s WHERE s.natural_village_id = x.id)
                ELSE x.id = ANY (@source_ids::text[]) END)
    GROUP BY r
  UNION ALL SELECT 'zone_' || kind,
                   ST_AsRaster(ST_Union(CASE WHEN kind = 'geohazard' THEN ST_Buffer(g, @geohazard_buffer) ELSE g END), r, '8BUI', 1, 0, false)
    FROM zones, grid
    GROUP BY kind, r
  UNION ALL SELECT 'hazard_' || risk_level, ST_AsRaster(ST_Union(ST_Buffer(g, @hazard_radius)), r, '8BUI', 1, 0, false)
    FROM zones, grid
    WHERE kind = 'geohazard' AND risk_level IS NOT NULL
    GROUP BY risk_level, r
)
SELECT layer, ST_AsBinary(rast)
FROM layers
WHERE rast IS NOT NULL;
