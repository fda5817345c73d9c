-- Yearly figures are located where their natural village is.
SELECT v.village_code FROM georelief.natural_village AS v WHERE v.id = t.natural_village_id
