-- Linkage of one written point feature by the one rule of georelief.locate_village (migration 0002): the village
-- whose polygon contains the point, the smallest code when it lies on a shared boundary; no codes outside all.
UPDATE georelief.{table} AS t
   SET (village_code, township_code) = (SELECT l.village_code, l.township_code FROM georelief.locate_village(t.geom) AS l)
 WHERE {key_predicate}
