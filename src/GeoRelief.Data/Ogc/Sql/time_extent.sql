-- The first and last day of one layer's features ({time_start} and {time_end} from its LayerTime, over row t; only
-- for layers with one): NULL when no feature has a day.
SELECT min(least({time_start}, {time_end})), max(greatest({time_start}, {time_end}))
FROM georelief.{table} t;
