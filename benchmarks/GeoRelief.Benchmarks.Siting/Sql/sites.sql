-- 20 sites: 锦屏县's relocation sites, then candidates at its township seats (GeoJSON points).
SELECT id, NULL FROM georelief.relocation_site WHERE id LIKE '522628%'
UNION ALL
(SELECT 'seat-' || id, ST_AsGeoJSON(geom) FROM georelief.facility WHERE kind = 'township_seat' AND id LIKE '522628%' ORDER BY id)
LIMIT 20;
