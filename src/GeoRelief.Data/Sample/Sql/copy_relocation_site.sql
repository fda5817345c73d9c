COPY georelief.relocation_site (id, name, kind, status, planned_households, planned_persons, moved_in_households,
                                moved_in_persons, progress_pct, start_date, planned_completion_date, facilities, geom)
  FROM STDIN (FORMAT BINARY)
