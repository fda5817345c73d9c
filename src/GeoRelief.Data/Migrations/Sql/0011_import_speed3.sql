-- The GiST on natural_village.geom::geography (0005) is dropped: no query searches natural villages by geography. Every
-- geography KNN (<->) and ST_DWithin in the SQL searches road, road_vertex, industrial_base or facility, with the
-- natural village on the probe side (a LATERAL subquery, or an EXISTS in the select list, which the planner runs as a
-- subplan per village and never turns around); the one join of natural villages with another table by a geography
-- ST_DWithin (job_access_pairs_straight.sql) is planned with industrial_base_geog_idx on the base side. Checked with
-- EXPLAIN on the synthetic province (209,600 natural villages). The index cost a first import of a million villages
-- more than half of its insert (it has no sorted build, so it is kept up to date row by row) and doubled its WAL.
-- Searches of natural villages by position use natural_village_geom_idx (geometry), as before.
DROP INDEX georelief.natural_village_geog_idx;

-- The raw positions of a batch (0010) are three arrays of up to millions of elements, compressed when stored: LZ4
-- compresses them to the same size as the default pglz (15.7 MB against 15.3 MB for a million points) in half the
-- time (0.39 s against 0.82 s). Rows already stored keep their compression. A server built without LZ4 keeps pglz.
DO $$
BEGIN
  ALTER TABLE georelief.import_raw_batch
    ALTER COLUMN feature_ids SET COMPRESSION lz4,
    ALTER COLUMN raw_x SET COMPRESSION lz4,
    ALTER COLUMN raw_y SET COMPRESSION lz4;
EXCEPTION WHEN feature_not_supported THEN
  RAISE NOTICE 'LZ4 is not available on this server: the raw positions stay compressed with pglz.';
END $$;
