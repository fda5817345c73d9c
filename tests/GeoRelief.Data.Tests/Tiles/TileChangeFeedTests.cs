using GeoRelief.Data.Sample;
using GeoRelief.Data.Tiles;

namespace GeoRelief.Data.Tests.Tiles;

public sealed class TileChangeFeedTests
{
    [DatabaseFact]
    public async Task Editing_a_natural_village_records_its_point_and_its_townships_box()
    {
        await using var db = await TestDatabase.CreateAsync(migrate: true);
        await SampleLoader.LoadAsync(db.DataSource, SampleTestData.Dataset);
        var before = await TileChangeFeed.ReadStateAsync(db.DataSource, CancellationToken.None);

        await using (var update = db.DataSource.CreateCommand(
            "UPDATE georelief.natural_village SET households = households + 5 WHERE id = (SELECT min(id) FROM georelief.natural_village WHERE township_code = '522628100')"))
        {
            Assert.Equal(1, await update.ExecuteNonQueryAsync());
        }

        var after = await TileChangeFeed.ReadStateAsync(db.DataSource, CancellationToken.None);
        var changes = await TileChangeFeed.ReadAfterAsync(db.DataSource, before.LastChangeId, 100, CancellationToken.None);
        Assert.True(after.DataVersion > before.DataVersion);
        Assert.Equal(2, changes.Count);
        var feature = Assert.Single(changes, c => !c.Figures);
        Assert.Equal("natural_village", feature.Layer);
        Assert.Equal(feature.Old, feature.New);
        Assert.Equal(0, feature.New!.Value.Width);
        var figures = Assert.Single(changes, c => c.Figures);
        await using var township = db.DataSource.CreateCommand(
            "SELECT ST_XMin(geom), ST_YMin(geom), ST_XMax(geom), ST_YMax(geom) FROM georelief.admin_unit WHERE code = '522628100'");
        await using var reader = await township.ExecuteReaderAsync();
        await reader.ReadAsync();
        Assert.Equal(reader.GetDouble(0), figures.New!.Value.MinX, 9);
        Assert.Equal(reader.GetDouble(3), figures.New!.Value.MaxY, 9);
    }

    [DatabaseFact]
    public async Task A_reload_leaves_one_reset_row_per_table_instead_of_the_old_rows()
    {
        await using var db = await TestDatabase.CreateAsync(migrate: true);
        await SampleLoader.LoadAsync(db.DataSource, SampleTestData.Dataset);
        var first = await TileChangeFeed.ReadStateAsync(db.DataSource, CancellationToken.None);
        await SampleLoader.LoadAsync(db.DataSource, SampleTestData.Dataset);

        var changes = await TileChangeFeed.ReadAfterAsync(db.DataSource, 0, 1_000_000, CancellationToken.None);
        Assert.All(changes, c => Assert.True(c.Id > first.LastChangeId));
        Assert.Contains(changes, c => c.IsReset && c.Layer == "village_year");
        Assert.Contains(changes, c => c.IsReset && c.Layer == "admin_unit");
    }
}
