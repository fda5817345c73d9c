-- Legend counts of theme "relocation": sites per status, and source links (natural village → site).
SELECT 'sites' AS grp, status AS value, count(*) AS n FROM georelief.relocation_site GROUP BY status
UNION ALL
SELECT 'source_links', 'source_link', count(*) FROM georelief.relocation_source;
