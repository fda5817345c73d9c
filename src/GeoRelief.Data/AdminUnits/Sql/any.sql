SELECT EXISTS (SELECT 1 FROM georelief.admin_unit);
