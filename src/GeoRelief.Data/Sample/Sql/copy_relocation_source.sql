COPY georelief.relocation_source (site_id, natural_village_id, planned_households) FROM STDIN (FORMAT BINARY)
