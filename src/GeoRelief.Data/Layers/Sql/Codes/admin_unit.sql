-- An administrative unit is located by its own code.
SELECT t.code
