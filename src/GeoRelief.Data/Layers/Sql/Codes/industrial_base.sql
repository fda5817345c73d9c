-- A point feature is located by the village linkage put it in.
SELECT t.village_code
