using GeoRelief.Core.Siting.Criteria;
using GeoRelief.Core.Siting.Grid;
using GeoRelief.Data.Siting;
using Npgsql;

namespace GeoRelief.Data.Tests.Siting;

/// <summary>
/// Aspect on hand-made DEMs over the county of <see cref="SitingFixture"/>: a plane falling to the east at 10° (it faces
/// east: 90°), the fixture's own plane rising to the north (it faces south: 180°), and a flat DEM (flagged flat).
/// </summary>
public sealed class AspectTests
{
    // Metres per degree of longitude at 26.55°N on the CGCS2000 ellipsoid.
    private const double MetresPerDegreeLongitude = 99_670;

    [DatabaseFact]
    public async Task A_plane_tilted_to_the_east_faces_90_degrees_for_candidates_grid_cells_and_stored_cells()
    {
        await using var db = await TestDatabase.CreateAsync(migrate: true);
        await SitingFixture.LoadAsync(db.DataSource);
        await ReplaceDemAsync(db.DataSource, $"1500 - tan(radians(10)) * (108.95 + 0.0005 * (x + 0.5) - 108.95) * {MetresPerDegreeLongitude}");

        var measured = await MeasureAsync(db.DataSource);
        var (inArea, cellsInArea, cells) = await EvaluateAndStoreAsync(db.DataSource);

        Assert.All(measured, m => Assert.Equal(90, m.Measurement.AspectDegrees!.Value, 1.0));
        Assert.All(measured, m => Assert.Equal("E", Aspect.Direction(m.Measurement.AspectDegrees)));
        Assert.All(measured, m => Assert.Equal(10, m.Measurement.SlopeDegrees!.Value, 0.3));
        var aspects = inArea.Order().ToArray();
        Assert.True(aspects.Length > 0.95 * cellsInArea, $"{aspects.Length} of {cellsInArea} cells have an aspect");
        Assert.Equal(90, aspects[aspects.Length / 2], 1.0);
        Assert.True(aspects[(int)(aspects.Length * 0.05)] > 85 && aspects[(int)(aspects.Length * 0.95)] < 95, "nearly every cell faces east");
        Assert.Equal(cellsInArea, cells.Count);
        Assert.Equal(90, cells.Select(c => c.AspectDegrees).OfType<double>().Order().ElementAt(cells.Count / 2), 1.0);
        Assert.Equal("E", cells.GroupBy(c => c.AspectDirection).MaxBy(g => g.Count())!.Key);
    }

    [DatabaseFact]
    public async Task A_plane_rising_to_the_north_faces_south()
    {
        await using var db = await TestDatabase.CreateAsync(migrate: true);
        await SitingFixture.LoadAsync(db.DataSource);

        var measured = await MeasureAsync(db.DataSource);

        Assert.All(measured, m => Assert.Equal(180, m.Measurement.AspectDegrees!.Value, 1.0));
        Assert.All(measured, m => Assert.Equal("S", Aspect.Direction(m.Measurement.AspectDegrees)));
    }

    [DatabaseFact]
    public async Task A_flat_dem_is_flagged_flat_not_given_a_direction()
    {
        await using var db = await TestDatabase.CreateAsync(migrate: true);
        await SitingFixture.LoadAsync(db.DataSource);
        await ReplaceDemAsync(db.DataSource, "700");

        var measured = await MeasureAsync(db.DataSource);
        var (inArea, cellsInArea, cells) = await EvaluateAndStoreAsync(db.DataSource);

        Assert.All(measured, m => Assert.True(Aspect.IsFlat(m.Measurement.AspectDegrees!.Value)));
        Assert.True(cells.Count(c => c.AspectDirection == "flat") > 0.95 * cells.Count, "stored flat cells read back as flat, not as no data");
        Assert.All(cells, c => Assert.Null(c.AspectDegrees));
        Assert.All(measured, m => Assert.Null(Aspect.Degrees(m.Measurement.AspectDegrees)));
        Assert.All(measured, m => Assert.Equal("flat", Aspect.Direction(m.Measurement.AspectDegrees)));
        Assert.True(inArea.Length > 0.95 * cellsInArea);
        Assert.All(inArea, a => Assert.Equal(Aspect.Flat, a));
    }

    // The county's 100 m grid evaluated and stored as a run: the finite aspects of the cells in the area, their number,
    // and the stored cells read back.
    private static async Task<(float[] InArea, int CellsInArea, IReadOnlyList<SuitabilityCell> Cells)> EvaluateAndStoreAsync(NpgsqlDataSource dataSource)
    {
        var area = new SitingArea("522628", null);
        var layers = (await new SuitabilityGridStore(dataSource).LoadAsync(area, 100, new SuitabilityParameters(), [], CancellationToken.None))!;
        var result = SuitabilityGridOp.Evaluate(layers.Input, new SuitabilityParameters());
        var runs = new SuitabilityRunStore(dataSource);
        var run = await runs.SaveAsync(area, layers.Grid, result, "{}", "{}", CancellationToken.None);
        var inArea = Enumerable.Range(0, result.AspectDegrees.Length).Where(i => layers.Input.InArea[i]).Select(i => result.AspectDegrees[i]).Where(float.IsFinite).ToArray();
        return (inArea, result.CellsInArea, await runs.CellsAsync(run, 100_000, 0, CancellationToken.None));
    }

    private static Task<IReadOnlyList<MeasuredCandidate>> MeasureAsync(NpgsqlDataSource dataSource) =>
        new SitingCandidateStore(dataSource).MeasureAsync(
            [
                new SitingCandidate("point", """{"type":"Point","coordinates":[109.03,26.52]}"""),
                new SitingCandidate("block", """{"type":"Polygon","coordinates":[[[109.02,26.51],[109.03,26.51],[109.03,26.52],[109.02,26.52],[109.02,26.51]]]}"""),
            ],
            new SuitabilityParameters(),
            [],
            CancellationToken.None);

    // The fixture's 300 × 300 grid of 0.0005° from 108.95°E, 26.60°N, with elevation given as SQL over column x and row y.
    private static async Task ReplaceDemAsync(NpgsqlDataSource dataSource, string elevation)
    {
        await using var command = dataSource.CreateCommand($"""
            DELETE FROM georelief.dem;
            INSERT INTO georelief.dem (name, rast)
            SELECT 'test', ST_SetValues(
                     ST_AddBand(ST_MakeEmptyRaster(300, 300, 108.95, 26.60, 0.0005, -0.0005, 0, 0, 4490), '32BF'::text, 0::double precision, NULL::double precision),
                     1, 1, 1,
                     (SELECT array_agg(r ORDER BY y) FROM (
                        SELECT y, array_agg(({elevation})::double precision ORDER BY x) AS r
                        FROM generate_series(0, 299) y, generate_series(0, 299) x GROUP BY y) rows));
            """);
        await command.ExecuteNonQueryAsync();
    }
}
