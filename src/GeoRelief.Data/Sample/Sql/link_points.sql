-- Linkage: every point feature gets the village (and through it the township) whose polygon contains it.
-- A point exactly on a shared boundary intersects several units; the smallest code wins, always the same.
UPDATE georelief.natural_village AS f
   SET village_code = hit.code, township_code = hit.parent_code
  FROM georelief.natural_village AS p
 CROSS JOIN LATERAL (SELECT a.code, a.parent_code FROM georelief.admin_unit AS a
                      WHERE a.level = 5 AND ST_Intersects(a.geom, p.geom)
                      ORDER BY a.code LIMIT 1) AS hit
 WHERE f.id = p.id;

UPDATE georelief.facility AS f
   SET village_code = hit.code, township_code = hit.parent_code
  FROM georelief.facility AS p
 CROSS JOIN LATERAL (SELECT a.code, a.parent_code FROM georelief.admin_unit AS a
                      WHERE a.level = 5 AND ST_Intersects(a.geom, p.geom)
                      ORDER BY a.code LIMIT 1) AS hit
 WHERE f.id = p.id;

UPDATE georelief.relocation_site AS f
   SET village_code = hit.code, township_code = hit.parent_code
  FROM georelief.relocation_site AS p
 CROSS JOIN LATERAL (SELECT a.code, a.parent_code FROM georelief.admin_unit AS a
                      WHERE a.level = 5 AND ST_Intersects(a.geom, p.geom)
                      ORDER BY a.code LIMIT 1) AS hit
 WHERE f.id = p.id;

UPDATE georelief.industrial_base AS f
   SET village_code = hit.code, township_code = hit.parent_code
  FROM georelief.industrial_base AS p
 CROSS JOIN LATERAL (SELECT a.code, a.parent_code FROM georelief.admin_unit AS a
                      WHERE a.level = 5 AND ST_Intersects(a.geom, p.geom)
                      ORDER BY a.code LIMIT 1) AS hit
 WHERE f.id = p.id;
