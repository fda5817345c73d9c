-- Relocation sites within @within with their source natural villages. Behind schedule: not yet completed or moved
-- in, and construction progress below the share of the planned construction period elapsed on @as_of.
SELECT s.id, s.name, s.kind, s.status, s.village_code, s.township_code,
       s.planned_households, s.planned_persons, s.moved_in_households, s.moved_in_persons, s.progress_pct::double precision,
       s.start_date, s.planned_completion_date,
       CASE WHEN s.status IN ('completed', 'moved_in') OR s.start_date IS NULL OR s.planned_completion_date IS NULL THEN NULL
            WHEN s.planned_completion_date <= s.start_date THEN 100.0
            ELSE least(100.0, greatest(0.0, 100.0 * (@as_of::date - s.start_date) / (s.planned_completion_date - s.start_date)))
       END AS expected_pct,
       coalesce(src.villages, 0), coalesce(src.households, 0), coalesce(src.ids, '{}')
  FROM georelief.relocation_site AS s
  LEFT JOIN LATERAL (
        SELECT count(*) AS villages, sum(r.planned_households) AS households, array_agg(r.natural_village_id ORDER BY r.natural_village_id) AS ids
          FROM georelief.relocation_source AS r
         WHERE r.site_id = s.id) AS src ON true
 WHERE s.village_code LIKE @within || '%'
 ORDER BY s.id;
