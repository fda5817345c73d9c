-- The latest year in which natural villages within @within had poor people (null when never).
SELECT max(y.year)
  FROM georelief.village_year AS y
  JOIN georelief.natural_village AS v ON v.id = y.natural_village_id
 WHERE v.village_code LIKE @within || '%' AND y.poor_population > 0;
