-- The years that have poverty figures, ascending.
SELECT DISTINCT year FROM georelief.village_year ORDER BY year;
