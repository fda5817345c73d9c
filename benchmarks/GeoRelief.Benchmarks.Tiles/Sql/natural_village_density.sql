-- Natural villages per XYZ tile at every zoom from @min_zoom to 14: counted in z14 cells, then summed up the pyramid.
-- Returns z, x, y and the count, for tiles that hold at least one.
WITH cells AS (
  SELECT floor((ST_X(p) + 20037508.342789244) / (40075016.68557849 / 16384))::int AS x,
         floor((20037508.342789244 - ST_Y(p)) / (40075016.68557849 / 16384))::int AS y,
         count(*) AS n
  FROM (SELECT ST_Transform(geom, 3857) AS p FROM georelief.natural_village) points
  GROUP BY 1, 2
)
SELECT z, x >> (14 - z), y >> (14 - z), sum(n)::bigint
FROM cells, generate_series(@min_zoom, 14) AS z
GROUP BY 1, 2, 3;
