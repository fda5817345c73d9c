-- The planner's estimate of a layer's rows (-1 before its first ANALYZE): ExistingKeys reads no key of a layer
-- estimated above its limit, so a large layer costs this catalogue lookup instead of a read of keys for nothing.
SELECT c.reltuples::float8 FROM pg_class AS c WHERE c.oid = @relation::regclass
