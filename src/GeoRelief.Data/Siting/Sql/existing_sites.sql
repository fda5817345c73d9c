-- The relocation sites already in the data (optionally within an administrative unit, by code prefix) as
-- candidates: id, name, GeoJSON point, planned households, and the natural villages moving there (its sources).
SELECT s.id, s.name, ST_AsGeoJSON(s.geom, 7, 0), s.planned_households, s.status,
       coalesce(array_agg(r.natural_village_id ORDER BY r.natural_village_id) FILTER (WHERE r.natural_village_id IS NOT NULL), '{}')
FROM georelief.relocation_site s
LEFT JOIN georelief.relocation_source r ON r.site_id = s.id
WHERE @within::text IS NULL OR s.township_code LIKE @within::text || '%' OR s.village_code LIKE @within::text || '%'
GROUP BY s.id
ORDER BY s.id;
