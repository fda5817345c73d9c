COPY georelief.village_year (natural_village_id, year, registered_population, poor_households, poor_population,
                             exited_households, monitored_households) FROM STDIN (FORMAT BINARY)
