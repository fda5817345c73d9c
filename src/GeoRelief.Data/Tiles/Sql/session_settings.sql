-- First in every tile batch. Tile queries are small, and parallel workers cost more to start than they save: each new
-- worker process also sets up PROJ for ST_Transform (tens of milliseconds), and the planner picks them for dense
-- tiles (a z 10 roads tile of the province: 29 ms with two workers, 2 ms without). Session-level; Npgsql resets the
-- session (RESET ALL) when the connection goes back to the pool, so other queries keep their parallel plans.
SET max_parallel_workers_per_gather = 0
