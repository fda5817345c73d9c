-- Features whose declared village code disagrees with where they lie: declared, located, and the distance from the
-- feature to the declared unit (0 when the declared unit is unknown to the database: distance is then null).
SELECT m.layer, m.id, m.name, m.declared_village_code, m.village_code, m.township_code,
       ST_Distance(m.geom::geography, d.geom::geography) AS distance_m,
       ST_X(m.geom) AS lon, ST_Y(m.geom) AS lat
  FROM (SELECT 'natural-villages' AS layer, id, name, declared_village_code, village_code, township_code, geom
          FROM georelief.natural_village
         WHERE declared_village_code IS NOT NULL
           AND (village_code IS NULL OR left(village_code, length(declared_village_code)) <> declared_village_code)
        UNION ALL
        SELECT 'relocation-sites', id, name, declared_village_code, village_code, township_code, geom
          FROM georelief.relocation_site
         WHERE declared_village_code IS NOT NULL
           AND (village_code IS NULL OR left(village_code, length(declared_village_code)) <> declared_village_code)) AS m
  LEFT JOIN georelief.admin_unit AS d ON d.code = m.declared_village_code
 WHERE (@layer::text IS NULL OR m.layer = @layer)
   AND (@within::text IS NULL OR m.village_code LIKE @within || '%' OR m.declared_village_code LIKE @within || '%')
 ORDER BY m.layer, m.id
 LIMIT @limit OFFSET @offset
