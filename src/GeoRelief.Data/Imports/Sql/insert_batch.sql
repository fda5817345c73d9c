INSERT INTO georelief.import_batch (layer, file_name, format, crs, encoding, status, dry_run, skip_invalid, make_valid,
                                    rows_read, rows_rejected, inserted, updated, unchanged, errors, warnings, started_at, finished_at)
VALUES (@layer, @file_name, @format, @crs, @encoding, @status, @dry_run, @skip_invalid, @make_valid,
        @rows_read, @rows_rejected, @inserted, @updated, @unchanged, @errors, @warnings, @started_at, @finished_at)
RETURNING id
