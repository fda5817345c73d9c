-- The largest side of any village's bounding box, degrees (null when no village boundary is loaded): it sets the
-- resolution of the grid that locate_points.sql looks points up by (LinkageGrid).
SELECT max(greatest(ST_XMax(geom) - ST_XMin(geom), ST_YMax(geom) - ST_YMin(geom)))
  FROM georelief.admin_unit
 WHERE level = 5
