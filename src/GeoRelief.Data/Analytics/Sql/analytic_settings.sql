-- Settings for the analytic statements of one transaction (SET LOCAL: gone at its end). Their plans cost far above
-- jit_above_cost, but they run for well under a second to a few seconds, so compiling them (JIT) costs more than it
-- saves: ≈ 0.4 s of a 1–2 s poverty query on the benchmark province.
SET LOCAL jit = off;
