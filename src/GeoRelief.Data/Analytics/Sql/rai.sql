-- Rural Access Index (SDG 9.1.1, the official buffer definition): for each natural village within @within (all of
-- them rural), whether an all-season road — a hardened road, existing — lies within @distance_m metres in a
-- straight line (great-circle distance at most the threshold; candidates by ST_DWithin with a 1 m margin).
SELECT v.id, v.village_code, v.population,
       EXISTS (SELECT 1
                 FROM georelief.road AS r
                WHERE r.status = 'existing' AND r.surface IN ('asphalt', 'concrete', 'paved')
                  AND ST_DWithin(r.geom::geography, v.geom::geography, @distance_m + 1, false)
                  AND ST_Distance(r.geom::geography, v.geom::geography, false) <= @distance_m) AS within_reach
  FROM georelief.natural_village AS v
 WHERE v.village_code LIKE @within || '%';
