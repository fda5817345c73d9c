-- Point clustering of the tile layers (natural-villages, relocation-sites, industrial-bases, facilities), written once:
-- the four layers' SQL call these instead of repeating the arithmetic. Both are single-expression SQL functions that
-- PostgreSQL inlines into the calling query, so the tiles and their cost are those of the expressions written out.

-- The cell of a point (EPSG:3857) on a grid of @cells × @cells cells per tile at zoom @z, aligned to the whole world so
-- a cluster is the same in neighbouring tiles: 'column/row' counted from the world's lower-left corner.
CREATE FUNCTION georelief.tile_cluster_cell(g geometry, z integer, cells integer) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN floor((ST_X(g) + 20037508.342789244) / (40075016.68557849 / (2 ^ z) / cells))::text || '/'
       || floor((ST_Y(g) + 20037508.342789244) / (40075016.68557849 / (2 ^ z) / cells))::text;

-- The zoom by which a cluster's members certainly fall into different cells: the first zoom whose cell is smaller
-- than the members' spread (metres, EPSG:3857), at least z + 1 and at most @unclustered_from (where clustering
-- stops); null for a single point, @unclustered_from for members at one spot.
CREATE FUNCTION georelief.tile_cluster_expands_at_zoom(
  cluster_count bigint, spread double precision, z integer, cells integer, unclustered_from integer) RETURNS integer
LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN CASE WHEN cluster_count = 1 THEN NULL
            WHEN spread = 0 THEN unclustered_from
            ELSE least(unclustered_from, greatest(z + 1, floor(log(2, (40075016.68557849 / cells / spread)::numeric))::int + 1))
       END;
