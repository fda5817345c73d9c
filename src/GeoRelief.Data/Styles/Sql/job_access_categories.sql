-- Legend counts of theme "job-access": natural villages (drawn from the villages zoom with their jobs within reach).
SELECT 'natural_villages' AS grp, 'natural_village' AS value, count(*) AS n FROM georelief.natural_village;
