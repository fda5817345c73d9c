-- Whether the area and adjacency of one level are current (admin_unit has not changed since they were built).
SELECT EXISTS (SELECT 1 FROM georelief.admin_derived_level WHERE level = @level);
