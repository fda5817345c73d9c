-- Layer "poverty-density": units of @level (townships at low zoom, villages zoomed in) from the generalised
-- boundaries of @band, with their figures for @year summed over their natural villages: poor_population,
-- population (registered), incidence_pct = 100 · poor / population, density_per_km2 = poor / source area (km²,
-- ellipsoidal). class is the 0-based class of the @indicator value ('density' or 'incidence') among @breaks,
-- classes closed on their upper bound, as ClassifyOp computed them over every unit of the level; a unit with no
-- registered population has no incidence and, for that indicator, no class.
-- The expressions for the two indicators must stay identical to poverty_values.sql, which feeds the breaks. The
-- natural villages join on one equality (a CASE picks the code column by level), so it can be a hash join: an OR of
-- two conditions forced a nested loop of every unit with every natural village (minutes at low zoom on a province).
WITH units AS (
  SELECT g.code, g.area_km2, g.geom
  FROM georelief.admin_unit_generalised g
  WHERE g.band = @band
    AND g.level = @level
    AND g.geom && ST_Transform(ST_TileEnvelope(@z, @x, @y, margin => @buffer::float8 / @extent), 4490)
),
figures AS (
  SELECT u.code,
         coalesce(sum(y.poor_population), 0) AS poor_population,
         coalesce(sum(y.registered_population), 0) AS population
  FROM units u
  LEFT JOIN georelief.natural_village n
         ON (CASE @level WHEN 4 THEN n.township_code ELSE n.village_code END) = u.code
  LEFT JOIN georelief.village_year y ON y.natural_village_id = n.id AND y.year = @year
  GROUP BY u.code
),
indicators AS (
  SELECT f.code, f.poor_population, f.population,
         CASE WHEN f.population > 0 THEN 100 * f.poor_population::float8 / f.population END AS incidence_pct,
         f.poor_population::float8 / u.area_km2 AS density_per_km2
  FROM figures f JOIN units u ON u.code = f.code
),
valued AS (
  SELECT i.*, CASE @indicator WHEN 'density' THEN i.density_per_km2 ELSE i.incidence_pct END AS value
  FROM indicators i
),
features AS (
  SELECT v.code,
         a.name,
         v.poor_population,
         v.population,
         round(v.incidence_pct::numeric, 2)::float8 AS incidence_pct,
         round(v.density_per_km2::numeric, 3)::float8 AS density_per_km2,
         CASE WHEN v.value IS NOT NULL AND cardinality(@breaks::float8[]) > 0 THEN
           (SELECT least(count(*), cardinality(@breaks::float8[]) - 1)::int FROM unnest(@breaks::float8[]) b WHERE b < v.value)
         END AS class,
         @year AS year,
         ST_AsMVTGeom(ST_Transform(u.geom, 3857), ST_TileEnvelope(@z, @x, @y), @extent, @buffer, true) AS geom
  FROM valued v
  JOIN units u ON u.code = v.code
  JOIN georelief.admin_unit a ON a.code = v.code
)
SELECT ST_AsMVT(f, @name, @extent, 'geom'), count(*), count(*)
FROM (SELECT * FROM features WHERE geom IS NOT NULL ORDER BY code) f;
