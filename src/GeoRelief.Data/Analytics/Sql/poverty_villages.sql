-- Poor and registered population of every administrative village within @within in @year, and of the whole
-- province they lie in (the reference for "poor village": incidence at least twice the provincial one).
SELECT v.village_code, sum(y.poor_population), sum(y.registered_population)
  FROM georelief.natural_village AS v
  JOIN georelief.village_year AS y ON y.natural_village_id = v.id AND y.year = @year
 WHERE v.village_code LIKE left(@within, 2) || '%'
 GROUP BY v.village_code
 ORDER BY v.village_code;
