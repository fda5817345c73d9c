-- The layer table's change-capture triggers that fire on INSERT (the georelief.capture_* functions that feed the tile
-- cache's change log), as the statements that disable them and enable them again. A bulk insert (a first load) runs
-- without them and records one reset of the layer instead (record_layer_reset.sql): the boxes of a million new rows
-- come to far more changes than the tile service checks one by one (TileService.ExactChangeLimit), so it would empty
-- the layer's tiles all the same, and grouping every new row into boxes cost 0.3–0.7 s of a million-row load. Only
-- triggers enabled as usual ('O') are listed, so enabling them again restores them exactly.
SELECT format('ALTER TABLE %s DISABLE TRIGGER %I', t.tgrelid::regclass, t.tgname) AS disable_statement,
       format('ALTER TABLE %s ENABLE TRIGGER %I', t.tgrelid::regclass, t.tgname) AS enable_statement
  FROM pg_trigger AS t
  JOIN pg_proc AS p ON p.oid = t.tgfoid
 WHERE t.tgrelid = to_regclass('georelief.' || quote_ident(@table))
   AND NOT t.tgisinternal
   AND t.tgenabled = 'O'
   AND t.tgtype & 4 <> 0  -- fires on INSERT (TRIGGER_TYPE_INSERT)
   AND p.pronamespace = 'georelief'::regnamespace
   AND p.proname LIKE 'capture\_%'
 ORDER BY t.tgname
