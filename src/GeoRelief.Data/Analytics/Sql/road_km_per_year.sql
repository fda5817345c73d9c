-- Kilometres of hardened road (asphalt, concrete, paved) per year built within @within, cut at township boundaries
-- (road_piece, measured on the ellipsoid); roads under construction and planned are reported under their status.
SELECT r.status, r.year_built, sum(p.length_m) / 1000 AS km, count(DISTINCT r.id) AS roads
  FROM georelief.road_piece AS p
  JOIN georelief.road AS r ON r.id = p.road_id
 WHERE p.township_code LIKE left(@within, 9) || '%'
   AND r.surface IN ('asphalt', 'concrete', 'paved')
 GROUP BY r.status, r.year_built
 ORDER BY r.status, r.year_built NULLS LAST;
