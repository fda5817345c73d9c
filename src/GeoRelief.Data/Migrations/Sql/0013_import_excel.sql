-- Excel workbooks (.xlsx, .xls) are imported like CSV files; their batches record the format 'excel'.
ALTER TABLE georelief.import_batch DROP CONSTRAINT import_batch_format_check;
ALTER TABLE georelief.import_batch ADD CONSTRAINT import_batch_format_check
  CHECK (format IN ('geojson', 'csv', 'shapefile', 'geopackage', 'excel'));
