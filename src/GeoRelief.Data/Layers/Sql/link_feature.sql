-- Linkage of one written point feature, by the rule of Sample/Sql/link_points.sql: the village whose polygon
-- contains the point, the smallest code when it lies on a shared boundary; no codes when it lies outside all.
UPDATE georelief.{table} AS t
   SET (village_code, township_code) = (SELECT a.code, a.parent_code
                                          FROM georelief.admin_unit AS a
                                         WHERE a.level = 5 AND ST_Intersects(a.geom, t.geom)
                                         ORDER BY a.code
                                         LIMIT 1)
 WHERE {key_predicate}
