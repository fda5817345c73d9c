using GeoRelief.Core.Admin;
using GeoRelief.Data.Analytics;
using GeoRelief.Data.Tests;
using GeoRelief.Server.Apis.Analytics;

namespace GeoRelief.Server.Tests.Apis.Analytics;

/// <summary>
/// Township areas and adjacency kept as data derived from admin_unit (migration 0007): built on first use, equal to
/// measuring them directly, and rebuilt after any change of admin units. A fixture of its own: these tests edit units.
/// </summary>
public sealed class AdminDerivedDataTests(AnalyticsFixture fixture) : IClassFixture<AnalyticsFixture>
{
    [DatabaseFact]
    public async Task Derived_township_data_follow_every_change_of_admin_units()
    {
        // Built by the first analysis that needs it, then current until admin_unit changes.
        var before = await fixture.Store.AdjacencyAsync(AdminLevel.Township, "520101", CancellationToken.None);
        Assert.False(await fixture.Store.EnsureAdminDerivedAsync(AdminLevel.Township, CancellationToken.None));
        Assert.Equal(
            [new UnitAdjacency("520101100", "520101101", true), new UnitAdjacency("520101100", "520101103", true)],
            before);
        Assert.Equal(await MeasuredAreaKm2Async("520101100"), (await AreaKm2Async("520101100"))!.Value, 3);

        // 丙乡 moves next to 乙镇 (a shared edge), and a new township touches 乙镇 at one corner only (queen, not rook).
        await ExecuteAsync("""
            UPDATE georelief.admin_unit SET geom = ST_Multi(ST_MakeEnvelope(100.2, 0, 100.3, 0.05, 4490)) WHERE code = '520101102';
            INSERT INTO georelief.admin_unit (code, level, parent_code, name, code_year, geom)
            VALUES ('520101104', 4, '520101', '戊乡', 2023, ST_Multi(ST_MakeEnvelope(100.2, 0.1, 100.3, 0.2, 4490)));
            """);
        var after = await fixture.Store.AdjacencyAsync(AdminLevel.Township, "520101", CancellationToken.None);

        Assert.Equal(
        [
            new UnitAdjacency("520101100", "520101101", true),
            new UnitAdjacency("520101100", "520101103", true),
            new UnitAdjacency("520101101", "520101102", true),
            new UnitAdjacency("520101101", "520101104", false),
        ], after);
        Assert.False(await fixture.Store.EnsureAdminDerivedAsync(AdminLevel.Township, CancellationToken.None));
        Assert.Equal(await MeasuredAreaKm2Async("520101102"), (await AreaKm2Async("520101102"))!.Value, 3);
        Assert.Equal(await MeasuredAreaKm2Async("520101104"), (await AreaKm2Async("520101104"))!.Value, 3);

        // The hot spots read the rebuilt adjacency: 丙乡 has a neighbour now.
        var hotSpots = Assert.IsType<HotSpotsReport>((await fixture.RunAsync("hotspots", ("within", "520101"), ("year", "2018"), ("permutations", "9"))).Report);
        Assert.DoesNotContain("520101102", hotSpots.UnitsWithoutNeighbours);
    }

    private async Task<double?> AreaKm2Async(string code)
    {
        var poverty = Assert.IsType<PovertyReport>((await fixture.RunAsync("poverty", ("within", "520101"), ("year", "2018"), ("level", "township"))).Report);
        return poverty.Units.Single(u => u.Code == code).AreaKm2;
    }

    private async Task<double> MeasuredAreaKm2Async(string code)
    {
        await using var command = fixture.Database.DataSource.CreateCommand("SELECT ST_Area(geom::geography) / 1e6 FROM georelief.admin_unit WHERE code = $1");
        command.Parameters.AddWithValue(code);
        return (double)(await command.ExecuteScalarAsync())!;
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var command = fixture.Database.DataSource.CreateCommand(sql);
        await command.ExecuteNonQueryAsync();
    }
}
