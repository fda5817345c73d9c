-- One feature of one layer by its key (@id); placeholders as in items.sql.
SELECT t.{key}::text AS id,
       {properties}::text AS properties,
       ST_AsGeoJSON(t.geom, 7, 0) AS geometry
FROM georelief.{table} t
WHERE t.{key}::text = @id;
