-- The villages and sites of an allocation with their points: villages by natural-village id (households from the
-- data unless given), sites by relocation-site id (capacity = planned households unless given) or by a GeoJSON
-- point for a candidate. Rows: kind ('village' | 'site'), ordinal, id, households/capacity from the data, found.
SELECT 'village', v.n, v.id, nv.households, nv.id IS NOT NULL
FROM unnest(@village_ids::text[]) WITH ORDINALITY AS v (id, n)
LEFT JOIN georelief.natural_village nv ON nv.id = v.id
UNION ALL
SELECT 'site', s.n, s.id, rs.planned_households, (s.geojson IS NOT NULL OR rs.id IS NOT NULL)
FROM unnest(@site_ids::text[], @site_geojson::text[]) WITH ORDINALITY AS s (id, geojson, n)
LEFT JOIN georelief.relocation_site rs ON rs.id = s.id AND s.geojson IS NULL
ORDER BY 1 DESC, 2;
