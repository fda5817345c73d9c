-- The rows ogr2ogr staged, in file order: attributes as one JSON object, geometry as WKB in the file's coordinates.
SELECT (to_jsonb(s) - 'geom' - 'ogc_fid')::text AS properties, ST_AsBinary(s.geom) AS geom
  FROM georelief_import.{staging} AS s
 ORDER BY s.ogc_fid
