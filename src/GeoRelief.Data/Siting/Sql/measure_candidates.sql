-- Measures candidate sites (GeoJSON points or polygons in EPSG:4490, @geojson[i] with id @ids[i]) for the siting
-- model. Slope: ST_Slope on the DEM around the candidate, transformed to its Gauss–Krüger 3° zone (EPSG:4488 +
-- zone, as GaussKrugerZones; the scale is then metres over metres = 1), in degrees — read at the point, or the mean over a polygon.
-- Elevation and aspect (ST_Aspect: degrees clockwise from grid north, -1 flat): at the candidate's point on surface. Zones: any part of the candidate inside (geohazard within the
-- buffer). Distances on the ellipsoid to the nearest of the five nearest features by bounding-box distance.
-- @source_ids NULL: the natural villages that are sources of relocation sites; else those ids.
WITH candidate AS (
  SELECT c.n, c.id, ST_SetSRID(ST_GeomFromGeoJSON(c.geojson), 4490) AS g
  FROM unnest(@ids::text[], @geojson::text[]) WITH ORDINALITY AS c (id, geojson, n)
),
located AS (
  SELECT n, id, g, ST_PointOnSurface(g) AS p, 4488 + floor((ST_X(ST_PointOnSurface(g)) + 1.5) / 3)::integer AS srid,
         ST_GeometryType(g) IN ('ST_Polygon', 'ST_MultiPolygon') AS is_area
  FROM candidate
),
terrain AS (
  SELECT l.n, ST_Transform(ST_Union(d.rast), l.srid, 'Bilinear') AS rast
  FROM located l
  JOIN georelief.dem d ON ST_Intersects(ST_ConvexHull(d.rast), ST_Expand(ST_Envelope(l.g), 0.02))
  GROUP BY l.n, l.srid
),
slope AS (
  SELECT t.n, ST_Slope(ST_Clip(t.rast, ST_Transform(ST_Expand(ST_Envelope(l.g), 0.01), l.srid)), 1, '32BF', 'DEGREES', 1.0) AS rast,
         ST_Aspect(ST_Clip(t.rast, ST_Transform(ST_Expand(ST_Envelope(l.g), 0.01), l.srid)), 1, '32BF', 'DEGREES') AS aspect,
         t.rast AS elevation
  FROM terrain t JOIN located l USING (n)
)
SELECT l.id,
       CASE WHEN l.is_area THEN (ST_SummaryStats(ST_Clip(s.rast, ST_Transform(l.g, l.srid)))).mean
            ELSE ST_Value(s.rast, ST_Transform(l.p, l.srid)) END AS slope_degrees,
       ST_Value(s.elevation, ST_Transform(l.p, l.srid)) AS elevation_m,
       coalesce(z.red_line, false), coalesce(z.reserve, false), coalesce(z.farmland, false),
       coalesce(z.water, false), coalesce(z.hazard_zone, false), coalesce(z.flood, false),
       coalesce(h.level, 0),
       (SELECT min(ST_Distance(x.geom::geography, l.g::geography)) FROM (
          SELECT geom FROM georelief.road
          WHERE surface IN ('asphalt', 'concrete', 'paved') AND status = 'existing' ORDER BY geom <-> l.g LIMIT 5) x),
       (SELECT min(ST_Distance(x.geom::geography, l.g::geography)) FROM (
          SELECT geom FROM georelief.facility WHERE kind = 'township_seat' ORDER BY geom <-> l.g LIMIT 5) x),
       (SELECT min(ST_Distance(x.geom::geography, l.g::geography)) FROM (
          SELECT geom FROM georelief.industrial_base WHERE jobs > 0 ORDER BY geom <-> l.g LIMIT 5) x),
       (SELECT min(ST_Distance(x.geom::geography, l.g::geography)) FROM (
          SELECT geom FROM georelief.facility WHERE kind = 'school' ORDER BY geom <-> l.g LIMIT 5) x),
       (SELECT min(ST_Distance(x.geom::geography, l.g::geography)) FROM (
          SELECT geom FROM georelief.facility WHERE kind = 'clinic' ORDER BY geom <-> l.g LIMIT 5) x),
       (SELECT min(ST_Distance(x.geom::geography, l.g::geography)) FROM (
          SELECT v.geom FROM georelief.natural_village v
          WHERE CASE WHEN @source_ids::text[] IS NULL
                     THEN EXISTS (SELECT 1 FROM georelief.relocation_source r WHERE r.natural_village_id = v.id)
                     ELSE v.id = ANY (@source_ids::text[]) END
          ORDER BY v.geom <-> l.g LIMIT 5) x),
       ST_AsGeoJSON(l.g, 7, 0),
       ST_Value(s.aspect, ST_Transform(l.p, l.srid)) AS aspect_degrees
FROM located l
LEFT JOIN slope s USING (n)
LEFT JOIN LATERAL (
  SELECT bool_or(kind = 'ecological_red_line' AND ST_Intersects(geom, l.g)) AS red_line,
         bool_or(kind = 'nature_reserve' AND ST_Intersects(geom, l.g)) AS reserve,
         bool_or(kind = 'basic_farmland' AND ST_Intersects(geom, l.g)) AS farmland,
         bool_or(kind = 'water_source' AND ST_Intersects(geom, l.g)) AS water,
         bool_or(kind = 'geohazard' AND ST_DWithin(geom::geography, l.g::geography, @geohazard_buffer)) AS hazard_zone,
         bool_or(kind = 'flood_zone' AND ST_Intersects(geom, l.g)) AS flood
  FROM georelief.constraint_zone
  WHERE ST_DWithin(geom, l.g, 0.1)
) z ON true
LEFT JOIN LATERAL (
  SELECT max(CASE risk_level WHEN 'high' THEN 3 WHEN 'medium' THEN 2 WHEN 'low' THEN 1 ELSE 0 END) AS level
  FROM georelief.constraint_zone
  WHERE kind = 'geohazard' AND ST_DWithin(geom::geography, l.g::geography, @hazard_radius)
) h ON true
ORDER BY l.n;
