-- The @indicator value ('density' or 'incidence') of every unit of @level for @year, for the class breaks of the
-- poverty-density layer. Same expressions as poverty-density.sql; units without registered population have no
-- incidence and are left out of that indicator.
WITH figures AS (
  SELECT g.code,
         g.area_km2,
         coalesce(sum(y.poor_population), 0) AS poor_population,
         coalesce(sum(y.registered_population), 0) AS population
  FROM georelief.admin_unit_generalised g
  LEFT JOIN georelief.natural_village n
         ON (CASE @level WHEN 4 THEN n.township_code ELSE n.village_code END) = g.code
  LEFT JOIN georelief.village_year y ON y.natural_village_id = n.id AND y.year = @year
  WHERE g.band = @band AND g.level = @level
  GROUP BY g.code, g.area_km2
),
valued AS (
  SELECT CASE WHEN f.population > 0 THEN 100 * f.poor_population::float8 / f.population END AS incidence_pct,
         f.poor_population::float8 / f.area_km2 AS density_per_km2
  FROM figures f
)
SELECT CASE @indicator WHEN 'density' THEN v.density_per_km2 ELSE v.incidence_pct END
FROM valued v
WHERE CASE @indicator WHEN 'density' THEN v.density_per_km2 ELSE v.incidence_pct END IS NOT NULL;
