-- Every point feature of every layer gets the village and township it lies in (georelief.locate_village).
UPDATE georelief.natural_village AS f
   SET village_code = l.village_code, township_code = l.township_code
  FROM georelief.natural_village AS p
 CROSS JOIN LATERAL georelief.locate_village(p.geom) AS l
 WHERE f.id = p.id;

UPDATE georelief.facility AS f
   SET village_code = l.village_code, township_code = l.township_code
  FROM georelief.facility AS p
 CROSS JOIN LATERAL georelief.locate_village(p.geom) AS l
 WHERE f.id = p.id;

UPDATE georelief.relocation_site AS f
   SET village_code = l.village_code, township_code = l.township_code
  FROM georelief.relocation_site AS p
 CROSS JOIN LATERAL georelief.locate_village(p.geom) AS l
 WHERE f.id = p.id;

UPDATE georelief.industrial_base AS f
   SET village_code = l.village_code, township_code = l.township_code
  FROM georelief.industrial_base AS p
 CROSS JOIN LATERAL georelief.locate_village(p.geom) AS l
 WHERE f.id = p.id;
