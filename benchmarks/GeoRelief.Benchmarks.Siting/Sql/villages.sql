-- 200 natural villages of 锦屏县: every fifth by id (the fifth numbered @sample, 0…4), with their households.
SELECT id, households
FROM (SELECT id, households, row_number() OVER (ORDER BY id) AS n FROM georelief.natural_village WHERE id LIKE '522628%') v
WHERE n % 5 = @sample
ORDER BY id
LIMIT 200;
