-- Layer "relocation" (易地扶贫搬迁): two kinds of feature, told apart by `kind`.
--  site         each relocation site with status, planned and moved-in households and persons, progress_pct and
--               moved_in_pct = 100 · moved-in households / planned households.
--  source_link  a line from each source natural village to its site, with the households planned to move; drawn from
--               @links_from (a province's links would fill several MB at low zoom), below it counted (by bounding
--               box, as roads.sql) in the tile's total but not drawn, so the tile says it was thinned.
WITH query_box AS (
  SELECT ST_Transform(ST_TileEnvelope(@z, @x, @y, margin => @buffer::float8 / @extent), 4490) AS box
),
sites AS (
  SELECT 'site' AS kind, s.id AS site_id, s.name, s.status, s.planned_households, s.planned_persons,
         s.moved_in_households, s.moved_in_persons, s.progress_pct::float8 AS progress_pct,
         CASE WHEN s.planned_households > 0
              THEN round(100.0 * s.moved_in_households / s.planned_households, 1)::float8 END AS moved_in_pct,
         NULL::text AS natural_village_id,
         ST_AsMVTGeom(ST_Transform(s.geom, 3857), ST_TileEnvelope(@z, @x, @y), @extent, @buffer, true) AS geom
  FROM georelief.relocation_site s, query_box q
  WHERE s.geom && q.box
),
candidate_links AS (
  SELECT rs.site_id, rs.natural_village_id, rs.planned_households, ST_MakeLine(n.geom, s.geom) AS line
  FROM georelief.relocation_source rs
  JOIN georelief.relocation_site s ON s.id = rs.site_id
  JOIN georelief.natural_village n ON n.id = rs.natural_village_id
  CROSS JOIN query_box q
  WHERE ST_MakeLine(n.geom, s.geom) && q.box
),
links AS (
  SELECT 'source_link' AS kind, rs.site_id, NULL::text AS name, NULL::text AS status,
         rs.planned_households, NULL::int AS planned_persons, NULL::int AS moved_in_households,
         NULL::int AS moved_in_persons, NULL::float8 AS progress_pct, NULL::float8 AS moved_in_pct,
         rs.natural_village_id,
         ST_AsMVTGeom(ST_Transform(rs.line, 3857), ST_TileEnvelope(@z, @x, @y), @extent, @buffer, true) AS geom
  FROM candidate_links rs
  WHERE @z >= @links_from
),
features AS (
  SELECT * FROM sites
  UNION ALL
  SELECT * FROM links
)
SELECT (SELECT ST_AsMVT(f, @name, @extent, 'geom')
        FROM (SELECT * FROM features WHERE geom IS NOT NULL ORDER BY kind, site_id, natural_village_id) f),
       (SELECT count(*) FROM features WHERE geom IS NOT NULL)
         + CASE WHEN @z >= @links_from THEN 0
                ELSE (SELECT count(*) FROM candidate_links) END,
       (SELECT count(*) FROM features WHERE geom IS NOT NULL);
