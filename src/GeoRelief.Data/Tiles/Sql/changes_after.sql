-- Captured changes after @after, oldest first, with their bboxes as numbers (null: everything of the table).
SELECT id, layer, figures,
       ST_XMin(old_bbox), ST_YMin(old_bbox), ST_XMax(old_bbox), ST_YMax(old_bbox),
       ST_XMin(new_bbox), ST_YMin(new_bbox), ST_XMax(new_bbox), ST_YMax(new_bbox)
FROM georelief.tile_change
WHERE id > @after
ORDER BY id
LIMIT @limit;
