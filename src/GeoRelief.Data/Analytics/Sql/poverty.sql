-- Poverty per unit of one level within a unit, for @year and the year before, in one pass over village_year.
-- Natural villages belong to a unit through the located village code (a prefix of it is the unit's code).
-- Exited households are summed over every year up to @year (the denominator of the relapse-monitoring rate).
WITH unit AS (
  SELECT code, name, CASE WHEN geom IS NULL THEN NULL ELSE ST_Area(geom::geography) / 1e6 END AS area_km2
    FROM georelief.admin_unit
   WHERE level = @level AND code LIKE @within || '%'),
totals AS (
  SELECT left(v.village_code, @code_length) AS code,
         count(*) FILTER (WHERE y.year = @year) AS natural_villages,
         sum(y.registered_population) FILTER (WHERE y.year = @year) AS registered,
         sum(y.poor_population) FILTER (WHERE y.year = @year) AS poor,
         sum(y.poor_households) FILTER (WHERE y.year = @year) AS poor_households,
         sum(y.monitored_households) FILTER (WHERE y.year = @year) AS monitored,
         sum(y.registered_population) FILTER (WHERE y.year = @year - 1) AS previous_registered,
         sum(y.poor_population) FILTER (WHERE y.year = @year - 1) AS previous_poor,
         sum(y.exited_households) AS exited
    FROM georelief.natural_village AS v
    JOIN georelief.village_year AS y ON y.natural_village_id = v.id
   WHERE v.village_code LIKE @within || '%' AND y.year <= @year
   GROUP BY 1)
SELECT u.code, u.name, u.area_km2,
       coalesce(t.natural_villages, 0), coalesce(t.registered, 0), coalesce(t.poor, 0), coalesce(t.poor_households, 0),
       coalesce(t.monitored, 0), coalesce(t.exited, 0), t.previous_registered, t.previous_poor
  FROM unit AS u
  LEFT JOIN totals AS t ON t.code = u.code
 ORDER BY u.code;
