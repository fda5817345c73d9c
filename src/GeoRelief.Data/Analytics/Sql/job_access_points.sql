-- The two sides of job access within @within: demand — every relocation site (planned persons) and every natural
-- village with poor people in @year (poor population) — and supply — every industrial base (jobs) within
-- @commute_m of the area, so bases just across a border count.
WITH area AS (
  SELECT ST_Expand(ST_Extent(geom)::geometry, @commute_m / 70000.0) AS box
    FROM georelief.admin_unit
   WHERE code LIKE @within || '%' AND geom IS NOT NULL)
SELECT 'site' AS kind, s.id, s.name, s.village_code, s.planned_persons::double precision AS amount
  FROM georelief.relocation_site AS s
 WHERE s.village_code LIKE @within || '%'
UNION ALL
SELECT 'village', v.id, v.name, v.village_code, y.poor_population
  FROM georelief.natural_village AS v
  JOIN georelief.village_year AS y ON y.natural_village_id = v.id AND y.year = @year
 WHERE v.village_code LIKE @within || '%' AND y.poor_population > 0
UNION ALL
SELECT 'base', b.id, b.name, b.village_code, b.jobs
  FROM georelief.industrial_base AS b, area
 WHERE b.geom && area.box
ORDER BY 1, 2;
