using GeoRelief.Core.Tiles;
using GeoRelief.Data.Tests;
using Npgsql;

namespace GeoRelief.Server.Tests.Tiles;

/// <summary>Edits in the database redraw exactly the tiles they touch; every other tile keeps its cache entry and ETag.</summary>
public sealed class TileInvalidationTests
{
    private const string Layers = "natural-villages,road-coverage,poverty-density";

    private const double TileRendererBuffer = GeoRelief.Data.Tiles.TileRenderer.BufferFraction;

    // A tile of 扎赉特旗, a thousand kilometres from any edit in 锦屏县.
    private const string Elsewhere = "10/861/361";

    [DatabaseFact]
    public async Task Editing_a_natural_villages_figures_redraws_its_townships_tiles_only()
    {
        await using var factory = new TileServerFactory();
        await factory.InitializeAsync();
        try
        {
            using var client = factory.CreateClient();
            var dataSource = factory.Database.DataSource;
            // The township whose 2018 poverty density is the median: equal-interval breaks hang on the minimum and
            // maximum only, so its edit moves no break and the other townships' classes stay put.
            var township = await ScalarAsync(dataSource, """
                SELECT code FROM (
                  SELECT g.code, sum(y.poor_population)::float8 / g.area_km2 AS density
                  FROM georelief.admin_unit_generalised g
                  JOIN georelief.natural_village n ON n.township_code = g.code
                  JOIN georelief.village_year y ON y.natural_village_id = n.id AND y.year = 2018
                  WHERE g.band = 5 AND g.level = 4 AND g.code LIKE '522628%'
                  GROUP BY g.code, g.area_km2) d
                ORDER BY density OFFSET 7 LIMIT 1
                """);
            var village = await ScalarAsync(dataSource,
                $"SELECT min(n.id) FROM georelief.natural_village n JOIN georelief.village_year y ON y.natural_village_id = n.id AND y.year = 2018 WHERE n.township_code = '{township}' AND y.poor_population > 0");
            var point = await BoundsAsync(dataSource, $"SELECT geom FROM georelief.natural_village WHERE id = '{village}'");
            var townshipBox = await BoundsAsync(dataSource, $"SELECT geom FROM georelief.admin_unit WHERE code = '{township}'");
            var villageTile = TileRange.Covering(point, 12).Tiles().Single();
            var townshipTiles = TileRange.Covering(townshipBox, 10).Tiles().ToList();
            var untouched = TileRange.Covering(townshipBox, 10, 2).Tiles()
                .Where(t => !TileRange.Covering(townshipBox, 10, TileRendererBuffer).Contains(t)).ToList();

            string Url(TileAddress tile) => $"/tiles/{Layers}/{tile}.mvt?year=2018&method=equal";
            var before = new Dictionary<string, string?>();
            foreach (var tile in townshipTiles.Append(villageTile).Concat(untouched))
            {
                before[tile.ToString()] = (await TileClient.FetchAsync(client, Url(tile))).ETag;
            }

            var elsewhereBefore = await TileClient.FetchAsync(client, $"/tiles/{Layers}/{Elsewhere}.mvt?year=2018&method=equal");

            await ExecuteAsync(dataSource, $"UPDATE georelief.village_year SET poor_population = poor_population - 1 WHERE natural_village_id = '{village}' AND year = 2018");
            await ExecuteAsync(dataSource, $"UPDATE georelief.natural_village SET households = households + 7 WHERE id = '{village}'");

            var villageAfter = await TileClient.FetchAsync(client, Url(villageTile));
            Assert.Equal("miss", villageAfter.Cache);
            Assert.NotEqual(before[villageTile.ToString()], villageAfter.ETag);
            foreach (var tile in townshipTiles)
            {
                var after = await TileClient.FetchAsync(client, Url(tile));
                Assert.Equal("miss", after.Cache);
                Assert.NotEqual(before[tile.ToString()], after.ETag);
            }

            Assert.NotEmpty(untouched);
            foreach (var tile in untouched)
            {
                var after = await TileClient.FetchAsync(client, Url(tile));
                Assert.Equal("hit", after.Cache);
                Assert.Equal(before[tile.ToString()], after.ETag);
            }

            var elsewhereAfter = await TileClient.FetchAsync(client, $"/tiles/{Layers}/{Elsewhere}.mvt?year=2018&method=equal");
            Assert.Equal("hit", elsewhereAfter.Cache);
            Assert.Equal(elsewhereBefore.ETag, elsewhereAfter.ETag);
        }
        finally
        {
            await ((IAsyncLifetime)factory).DisposeAsync();
        }
    }

    [DatabaseFact]
    public async Task A_reload_of_the_sample_redraws_everything()
    {
        await using var factory = new TileServerFactory();
        await factory.InitializeAsync();
        try
        {
            using var client = factory.CreateClient();
            var first = await TileClient.FetchAsync(client, $"/tiles/admin/{Elsewhere}.mvt");
            Assert.Equal("hit", (await TileClient.FetchAsync(client, $"/tiles/admin/{Elsewhere}.mvt")).Cache);

            await new GeoRelief.Server.Hosting.SampleLoading(factory.Database.DataSource).LoadAsync(CancellationToken.None);

            var after = await TileClient.FetchAsync(client, $"/tiles/admin/{Elsewhere}.mvt");
            Assert.Equal("miss", after.Cache);
            // Same sample, same bytes: the strong ETag is a hash of the bytes.
            Assert.Equal(first.ETag, after.ETag);
        }
        finally
        {
            await ((IAsyncLifetime)factory).DisposeAsync();
        }
    }

    private static async Task<string> ScalarAsync(NpgsqlDataSource dataSource, string sql)
    {
        await using var command = dataSource.CreateCommand(sql);
        return (string)(await command.ExecuteScalarAsync())!;
    }

    private static async Task ExecuteAsync(NpgsqlDataSource dataSource, string sql)
    {
        await using var command = dataSource.CreateCommand(sql);
        Assert.Equal(1, await command.ExecuteNonQueryAsync());
    }

    private static async Task<TileBounds> BoundsAsync(NpgsqlDataSource dataSource, string geometrySql)
    {
        await using var command = dataSource.CreateCommand($"SELECT ST_XMin(g), ST_YMin(g), ST_XMax(g), ST_YMax(g) FROM ({geometrySql}) x(g)");
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return new TileBounds(reader.GetDouble(0), reader.GetDouble(1), reader.GetDouble(2), reader.GetDouble(3));
    }
}
