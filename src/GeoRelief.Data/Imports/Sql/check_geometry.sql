-- One pass finds the rows whose geometry needs a second look (not of the layer's type, empty, or invalid); each
-- statement below runs only when there are any (its EXISTS is evaluated once, before the scan), so a file of valid
-- points costs one scan of the stage here instead of five.
CREATE TEMP TABLE import_odd_geometry ON COMMIT DROP AS
SELECT row_no
  FROM import_stage
 WHERE geom IS NOT NULL AND (GeometryType(geom) <> @expected OR ST_IsEmpty(geom) OR NOT ST_IsValid(geom));

-- Shapes a GIS writes for the layer's type without meaning anything else: a Polygon in a MultiPolygon layer, a
-- MultiLineString or MultiPoint of one part in a line or point layer.
UPDATE import_stage
   SET geom = CASE WHEN @expected = 'MULTIPOLYGON' THEN ST_Multi(geom) ELSE ST_GeometryN(geom, 1) END
 WHERE geom IS NOT NULL
   AND ((@expected = 'MULTIPOLYGON' AND GeometryType(geom) = 'POLYGON')
     OR (@expected = 'LINESTRING' AND GeometryType(geom) = 'MULTILINESTRING' AND ST_NumGeometries(geom) = 1)
     OR (@expected = 'POINT' AND GeometryType(geom) = 'MULTIPOINT' AND ST_NumGeometries(geom) = 1))
   AND EXISTS (SELECT 1 FROM import_odd_geometry);

CREATE TEMP TABLE import_invalid ON COMMIT DROP AS
SELECT row_no, ST_IsValidReason(geom) AS reason
  FROM import_stage
 WHERE geom IS NOT NULL AND NOT ST_IsValid(geom)
   AND EXISTS (SELECT 1 FROM import_odd_geometry);

-- Without --make-valid an invalid geometry is an error; its geometry is set aside so later checks skip it.
INSERT INTO import_problems (row_no, field, problem, message, value, hint, severity)
SELECT i.row_no, 'geometry', 'invalid_geometry', 'The geometry is not valid: ' || i.reason || '.', left(ST_AsText(s.geom), 200),
       'Fix it in your GIS, or import with --make-valid to repair it with PostGIS ST_MakeValid (the report then says what changed).', 'error'
  FROM import_invalid AS i
  JOIN import_stage AS s USING (row_no)
 WHERE NOT @make_valid;

UPDATE import_stage AS s SET geom = NULL
  FROM import_invalid AS i
 WHERE s.row_no = i.row_no AND NOT @make_valid;

-- With --make-valid: ST_MakeValid, keeping the parts of the layer's dimension, and a report line saying what changed.
WITH repaired AS (
  SELECT i.row_no, i.reason, s.geom AS before,
         CASE WHEN @expected = 'MULTIPOLYGON' THEN ST_Multi(ST_CollectionExtract(ST_MakeValid(s.geom), 3))
              WHEN @expected = 'LINESTRING' THEN ST_LineMerge(ST_CollectionExtract(ST_MakeValid(s.geom), 2))
              ELSE ST_CollectionExtract(ST_MakeValid(s.geom), 1) END AS after
    FROM import_invalid AS i
    JOIN import_stage AS s USING (row_no)
   WHERE @make_valid
), applied AS (
  UPDATE import_stage AS s SET geom = r.after FROM repaired AS r WHERE s.row_no = r.row_no
  RETURNING s.row_no
)
INSERT INTO import_problems (row_no, field, problem, message, value, hint, severity)
SELECT r.row_no, 'geometry', 'repaired_geometry',
       format('Repaired with ST_MakeValid (%s): a %s of %s points became a %s of %s points%s.',
              r.reason, GeometryType(r.before), ST_NPoints(r.before), GeometryType(r.after), ST_NPoints(r.after),
              CASE WHEN ST_Dimension(r.after) = 2
                   THEN format(', area %s m² → %s m²', round(ST_Area(r.before::geography)::numeric), round(ST_Area(r.after::geography)::numeric))
                   ELSE '' END),
       left(ST_AsText(r.before), 200), 'Check the repaired shape on the map.', 'warning'
  FROM repaired AS r
  JOIN applied AS a USING (row_no);

INSERT INTO import_problems (row_no, field, problem, message, value, hint, severity)
SELECT row_no, 'geometry', 'wrong_geometry_type',
       format('The geometry is a %s; the layer %s takes a %s.', GeometryType(geom), @layer, @expected), left(ST_AsText(geom), 200),
       'Export the layer with the right geometry type (points for sites and villages, lines for roads, polygons for zones).', 'error'
  FROM import_stage
 WHERE geom IS NOT NULL AND (GeometryType(geom) <> @expected OR ST_IsEmpty(geom))
   AND EXISTS (SELECT 1 FROM import_odd_geometry);

UPDATE import_stage SET geom = NULL
 WHERE geom IS NOT NULL AND (GeometryType(geom) <> @expected OR ST_IsEmpty(geom))
   AND EXISTS (SELECT 1 FROM import_odd_geometry);
