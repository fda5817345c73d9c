-- Every administrative unit's code: a declared village code must be one of them (KnownAdminCodes). 26,221 codes on the
-- province-scale data.
SELECT code FROM georelief.admin_unit
