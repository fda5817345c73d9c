-- Whether an administrative unit with this code exists.
SELECT EXISTS (SELECT 1 FROM georelief.admin_unit WHERE code = @code);
