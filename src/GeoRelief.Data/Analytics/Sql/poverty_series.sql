-- Yearly totals of one unit (every natural village whose located village code starts with @code).
SELECT y.year, count(*), sum(y.registered_population), sum(y.poor_population), sum(y.poor_households),
       sum(y.exited_households), sum(y.monitored_households)
  FROM georelief.natural_village AS v
  JOIN georelief.village_year AS y ON y.natural_village_id = v.id
 WHERE v.village_code LIKE @code || '%'
 GROUP BY y.year
 ORDER BY y.year;
