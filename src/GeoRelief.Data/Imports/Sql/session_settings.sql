-- Settings of the import's transaction: the set-based checks sort and hash the whole stage in memory, and JIT compiles
-- each big statement for seconds that a single pass over the stage never wins back.
SET LOCAL work_mem = '256MB';
SET LOCAL jit = off;
-- The layer's indexes built again after a bulk insert sort the whole layer.
SET LOCAL maintenance_work_mem = '256MB';
