-- Taken by a rebuild and by the trigger that marks the levels stale on any change of admin_unit (migration 0007):
-- whichever comes second waits for the first to commit.
LOCK TABLE georelief.admin_derived_level IN EXCLUSIVE MODE;
