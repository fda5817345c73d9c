-- --skip-invalid: the rows left out, as read (geometry as WKT), kept with the batch.
INSERT INTO georelief.import_reject (batch_id, row_no, feature_id, data)
SELECT @batch, s.row_no, {key_text},
       (to_jsonb(s) - 'problems' - 'ok' - 'geom' - 'row_no') || jsonb_build_object('geometry', ST_AsText(s.geom))
  FROM import_stage AS s
 WHERE NOT s.ok
