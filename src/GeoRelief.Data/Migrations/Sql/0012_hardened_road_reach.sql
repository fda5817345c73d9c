-- "Connected by a hardened road" (组组通), written once for the map: the road-coverage tile layer and the road-coverage
-- theme's legend and statistics call it instead of each writing the test out. It is the definition the road-coverage
-- and RAI analyses use (Analytics/Sql/road_coverage.sql, rai.sql), which stay written out because they run in stages
-- over a whole county; a test checks village by village that both answer the same.
--
-- True when an existing road with a hardened surface (asphalt, concrete or paved) lies within distance_m metres of g:
-- great-circle distance on the CGCS2000 mean sphere (geography, use_spheroid = false) at most the threshold. The road's
-- box must meet g's box grown by the threshold plus a metre, in degrees measured generously (110 km to the degree, the
-- cosine taken a degree nearer the pole), so no road within reach is left out by the index search. A planar distance
-- of at most distance_m / 111500 degrees settles it without measuring (the quick test of rai.sql).
CREATE FUNCTION georelief.near_hardened_road(g geometry, distance_m double precision) RETURNS boolean
LANGUAGE sql STABLE PARALLEL SAFE
RETURN EXISTS (
  SELECT 1
    FROM georelief.road AS r
   WHERE r.status = 'existing' AND r.surface IN ('asphalt', 'concrete', 'paved')
     AND r.geom && ST_Expand(g, (distance_m + 1) / 110000.0 / cos(radians(abs(ST_Y(g)) + 1)), (distance_m + 1) / 110000.0)
     AND (ST_DWithin(r.geom, g, distance_m / 111500.0)
          OR ST_Distance(r.geom::geography, g::geography, false) <= distance_m));
