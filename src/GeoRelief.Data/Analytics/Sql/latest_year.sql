-- The latest year with poverty figures for natural villages within @within (null when none).
SELECT max(y.year)
  FROM georelief.village_year AS y
  JOIN georelief.natural_village AS v ON v.id = y.natural_village_id
 WHERE v.village_code LIKE @within || '%';
