-- How many generalised boundaries the database holds (none: the boundaries were loaded without a refresh).
SELECT count(*) FROM georelief.admin_unit_generalised;
