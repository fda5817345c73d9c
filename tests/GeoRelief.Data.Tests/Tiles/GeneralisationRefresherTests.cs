using GeoRelief.Core.Tiles;
using GeoRelief.Data.Sample;
using GeoRelief.Data.Tiles;
using Npgsql;

namespace GeoRelief.Data.Tests.Tiles;

public sealed class GeneralisationRefresherTests
{
    [DatabaseFact]
    public async Task Neighbouring_townships_share_their_boundaries_exactly_in_every_band()
    {
        await using var db = await TestDatabase.CreateAsync(migrate: true);
        await SampleLoader.LoadAsync(db.DataSource, SampleTestData.Dataset);
        await GeneralisationRefresher.RefreshAsync(db.DataSource, CancellationToken.None);

        foreach (var band in ZoomBands.All)
        {
            // No overlap: neighbours meet along lines only.
            var overlap = await ScalarAsync<double>(db.DataSource, """
                SELECT coalesce(max(ST_Area(ST_Intersection(a.geom, b.geom))), 0)
                FROM georelief.admin_unit_generalised a
                JOIN georelief.admin_unit_generalised b
                  ON b.band = a.band AND b.level = 4 AND a.code < b.code AND a.geom && b.geom
                WHERE a.band = @band AND a.level = 4
                """, band.Band);
            Assert.True(overlap < 1e-12, $"band {band.Band}: townships overlap by {overlap} square degrees");

            // Neighbours touch: each township of a county shares a boundary line with another one.
            var neighbourPairs = await ScalarAsync<long>(db.DataSource, """
                SELECT count(*)
                FROM georelief.admin_unit_generalised a
                JOIN georelief.admin_unit_generalised b
                  ON b.band = a.band AND b.level = 4 AND a.code < b.code
                 AND ST_Dimension(ST_Intersection(a.geom, b.geom)) = 1
                WHERE a.band = @band AND a.level = 4
                """, band.Band);
            Assert.True(neighbourPairs >= 30, $"band {band.Band}: only {neighbourPairs} townships pairs share an edge");

            // No gap: the townships of each county add up to the county, without holes.
            await using var command = db.DataSource.CreateCommand("""
                SELECT c.code,
                       ST_Area(ST_SymDifference(c.geom, ST_Union(t.geom))) AS difference,
                       ST_Area(c.geom) AS area,
                       (SELECT coalesce(sum(ST_NumInteriorRings(p.geom)), 0) FROM ST_Dump(ST_Union(t.geom)) p) AS holes
                FROM georelief.admin_unit_generalised c
                JOIN georelief.admin_unit_generalised t ON t.band = c.band AND t.level = 4 AND left(t.code, 6) = c.code
                WHERE c.band = @band AND c.level = 3
                GROUP BY c.code, c.geom
                """);
            command.Parameters.AddWithValue("band", (short)band.Band);
            await using var reader = await command.ExecuteReaderAsync();
            var counties = 0;
            while (await reader.ReadAsync())
            {
                counties++;
                Assert.True(reader.GetDouble(1) < reader.GetDouble(2) * 1e-9, $"band {band.Band}: the townships of {reader.GetString(0)} differ from the county");
                Assert.Equal(0L, reader.GetInt64(3));
            }

            Assert.Equal(2, counties);
        }
    }

    [DatabaseFact]
    public async Task Low_zoom_bands_have_fewer_vertices_and_the_last_band_is_the_source()
    {
        await using var db = await TestDatabase.CreateAsync(migrate: true);
        await SampleLoader.LoadAsync(db.DataSource, SampleTestData.Dataset);
        await GeneralisationRefresher.RefreshAsync(db.DataSource, CancellationToken.None);

        var villagesLowest = await ScalarAsync<long>(db.DataSource,
            "SELECT count(*) FROM georelief.admin_unit_generalised WHERE band = @band AND level = 5", ZoomBands.All[0].Band);
        var villagesSource = await ScalarAsync<long>(db.DataSource,
            "SELECT count(*) FROM georelief.admin_unit_generalised WHERE band = @band AND level = 5", ZoomBands.All[^1].Band);
        var differing = await ScalarAsync<long>(db.DataSource, """
            SELECT count(*) FROM georelief.admin_unit_generalised g JOIN georelief.admin_unit u USING (code)
            WHERE g.band = @band AND NOT ST_Equals(g.geom, u.geom)
            """, ZoomBands.All[^1].Band);

        Assert.Equal(355, villagesSource);
        Assert.InRange(villagesLowest, 300, 355);
        Assert.Equal(0, differing);
    }

    private static async Task<T> ScalarAsync<T>(NpgsqlDataSource dataSource, string sql, int band)
    {
        await using var command = dataSource.CreateCommand(sql);
        command.Parameters.AddWithValue("band", (short)band);
        return (T)(await command.ExecuteScalarAsync())!;
    }
}
