-- The names of the administrative units whose codes are in @codes (the roll-ups of an analysis name their units).
SELECT u.code, u.name
  FROM georelief.admin_unit AS u
 WHERE u.code = ANY(@codes);
