-- Taken by a rebuild before it reads admin_unit. SHARE on admin_unit waits for a change of admin units in progress to
-- commit (the rebuild then reads it) and holds off new changes until the rebuild commits (their trigger then marks
-- the levels stale); EXCLUSIVE on admin_derived_level lets one rebuild run at a time. Both are taken in the order a
-- change takes them (admin_unit, then admin_derived_level in the trigger of migration 0008), so the two never
-- wait for each other in a circle — a TRUNCATE of admin_unit included.
LOCK TABLE georelief.admin_unit IN SHARE MODE;
LOCK TABLE georelief.admin_derived_level IN EXCLUSIVE MODE;
