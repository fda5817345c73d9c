-- Poverty per administrative village (natural villages belong to it through their located village code), in one
-- pass over village_year: @year and the year before for every village of the province that @within lies in (the
-- provincial incidence behind "poor village"), and the households exited in every year up to @year for the
-- villages within @within (the denominator of the relapse-monitoring rate). Rolled up to units by the caller.
-- Previous-year sums are null when the village has no figures for that year. Earlier years are read only where
-- households exited (the scan keeps fewer rows for the join: none of 2014 on the benchmark province).
SELECT v.village_code,
       count(*) FILTER (WHERE y.year = @year),
       coalesce(sum(y.registered_population) FILTER (WHERE y.year = @year), 0),
       coalesce(sum(y.poor_population) FILTER (WHERE y.year = @year), 0),
       coalesce(sum(y.poor_households) FILTER (WHERE y.year = @year), 0),
       coalesce(sum(y.monitored_households) FILTER (WHERE y.year = @year), 0),
       coalesce(sum(y.exited_households) FILTER (WHERE v.village_code LIKE @within || '%'), 0),
       sum(y.registered_population) FILTER (WHERE y.year = @year - 1),
       sum(y.poor_population) FILTER (WHERE y.year = @year - 1)
  FROM georelief.natural_village AS v
  JOIN georelief.village_year AS y ON y.natural_village_id = v.id
 WHERE v.village_code LIKE left(@within, 2) || '%' AND y.year <= @year
   AND (y.year >= @year - 1 OR (y.exited_households > 0 AND v.village_code LIKE @within || '%'))
 GROUP BY v.village_code;
