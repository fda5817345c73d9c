-- A source links a relocation site and a natural village that both exist.
INSERT INTO import_problems (row_no, field, problem, message, value, hint, severity)
SELECT s.row_no, 'site_id', 'unknown_reference', format('No relocation site has the id %s.', s.site_id), s.site_id,
       'Import the relocation sites first, or correct the id.', 'error'
  FROM import_stage AS s
 WHERE s.site_id IS NOT NULL
   AND NOT EXISTS (SELECT 1 FROM georelief.relocation_site AS r WHERE r.id = s.site_id);

INSERT INTO import_problems (row_no, field, problem, message, value, hint, severity)
SELECT s.row_no, 'natural_village_id', 'unknown_reference', format('No natural village has the id %s.', s.natural_village_id), s.natural_village_id,
       'Import the natural villages first, or correct the id.', 'error'
  FROM import_stage AS s
 WHERE s.natural_village_id IS NOT NULL
   AND NOT EXISTS (SELECT 1 FROM georelief.natural_village AS v WHERE v.id = s.natural_village_id);
