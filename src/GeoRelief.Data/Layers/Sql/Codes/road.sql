-- A line or area is located in every village it runs through (touching a boundary is not entering).
SELECT a.code FROM georelief.admin_unit AS a
 WHERE a.level = 5 AND ST_Intersects(a.geom, t.geom) AND NOT ST_Touches(a.geom, t.geom)
