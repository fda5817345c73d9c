-- Demand point × industrial base pairs within @commute_m in a straight line (great circle): the labelled fallback
-- when pgRouting is not installed. Demand and bases as in job_access_points.sql.
WITH area AS (
  SELECT ST_Expand(ST_Extent(geom)::geometry, @commute_m / 70000.0) AS box
    FROM georelief.admin_unit
   WHERE code LIKE @within || '%' AND geom IS NOT NULL),
demand AS (
  SELECT 'site' AS kind, s.id, s.geom FROM georelief.relocation_site AS s WHERE s.village_code LIKE @within || '%'
  UNION ALL
  SELECT 'village', v.id, v.geom
    FROM georelief.natural_village AS v
    JOIN georelief.village_year AS y ON y.natural_village_id = v.id AND y.year = @year
   WHERE v.village_code LIKE @within || '%' AND y.poor_population > 0),
base AS (SELECT b.id, b.geom FROM georelief.industrial_base AS b, area WHERE b.geom && area.box)
SELECT d.kind, d.id, b.id, ST_Distance(d.geom::geography, b.geom::geography, false), 'straight_line'
  FROM demand AS d
  JOIN base AS b ON ST_DWithin(d.geom::geography, b.geom::geography, @commute_m, false);
