-- Straight-line metres between every village and every site of an allocation (no road network used).
WITH village AS (
  SELECT v.n, nv.geom FROM unnest(@village_ids::text[]) WITH ORDINALITY AS v (id, n)
  JOIN georelief.natural_village nv ON nv.id = v.id
),
site AS (
  SELECT s.n, coalesce(ST_SetSRID(ST_GeomFromGeoJSON(s.geojson), 4490), rs.geom) AS geom
  FROM unnest(@site_ids::text[], @site_geojson::text[]) WITH ORDINALITY AS s (id, geojson, n)
  LEFT JOIN georelief.relocation_site rs ON rs.id = s.id
)
SELECT v.n, s.n, NULL::double precision, ST_Distance(v.geom::geography, s.geom::geography)
FROM village v CROSS JOIN site s;
