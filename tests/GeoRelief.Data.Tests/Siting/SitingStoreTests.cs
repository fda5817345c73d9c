using GeoRelief.Core.Siting.Criteria;
using GeoRelief.Core.Siting.Grid;
using GeoRelief.Data.Siting;

namespace GeoRelief.Data.Tests.Siting;

public sealed class SitingStoreTests
{
    [DatabaseFact]
    public async Task Grid_slope_of_a_10_degree_plane_is_10_degrees_not_a_degree_per_degree_artefact()
    {
        await using var db = await TestDatabase.CreateAsync(migrate: true);
        await SitingFixture.LoadAsync(db.DataSource);

        var layers = await new SuitabilityGridStore(db.DataSource).LoadAsync(new SitingArea("522628", null), 100, new SuitabilityParameters(), [], CancellationToken.None);

        Assert.NotNull(layers);
        var input = layers.Input;
        var slopes = Enumerable.Range(0, input.InArea.Length).Where(i => input.InArea[i]).Select(i => input.SlopeDegrees[i]).Where(float.IsFinite).Order().ToArray();
        Assert.True(slopes.Length > 0.95 * input.InArea.Count(a => a));
        Assert.Equal(10, slopes[slopes.Length / 2], 0.3);
        Assert.Equal(17.63, Slope.DegreesToPercent(slopes[slopes.Length / 2]), 0.6);
        Assert.Null(input.SourceVillageMetres);
    }

    [DatabaseFact]
    public async Task Grid_cells_fail_the_red_line_exactly_west_of_its_edge_and_the_slope_limit_depends_on_its_unit()
    {
        await using var db = await TestDatabase.CreateAsync(migrate: true);
        await SitingFixture.LoadAsync(db.DataSource);
        var store = new SuitabilityGridStore(db.DataSource);

        var layers = (await store.LoadAsync(new SitingArea("522628", null), 100, new SuitabilityParameters(), [], CancellationToken.None))!;
        var degrees = SuitabilityGridOp.Evaluate(layers.Input, new SuitabilityParameters());
        var percent = SuitabilityGridOp.Evaluate(layers.Input, new SuitabilityParameters { SlopeLimit = new Slope(15, SlopeUnit.Percent) });

        var redLine = 1 << (int)HardConstraint.EcologicalRedLine;
        var slopeLimit = 1 << (int)HardConstraint.SlopeLimit;
        var inArea = Enumerable.Range(0, layers.Input.InArea.Length).Where(i => layers.Input.InArea[i]).ToArray();
        // The red line covers 109.00–109.01°E: a fifth of the square's width.
        var share = inArea.Count(i => (degrees.Failed[i] & redLine) != 0) / (double)inArea.Length;
        Assert.Equal(0.2, share, 0.03);
        Assert.DoesNotContain(inArea, i => (degrees.Failed[i] & slopeLimit) != 0 && float.IsFinite(layers.Input.SlopeDegrees[i]));
        // 15 % ≈ 8.5° is below the plane's 10°: every cell fails in percent.
        Assert.All(inArea, i => Assert.True((percent.Failed[i] & slopeLimit) != 0));
        Assert.Equal(inArea.Length, percent.CellsPerClass[(int)SuitabilityClass.Excluded]);
    }

    [DatabaseFact]
    public async Task Candidates_report_the_constraint_that_excludes_them_and_exact_distances()
    {
        await using var db = await TestDatabase.CreateAsync(migrate: true);
        await SitingFixture.LoadAsync(db.DataSource);

        var measured = await new SitingCandidateStore(db.DataSource).MeasureAsync(
            [
                new SitingCandidate("west", """{"type":"Point","coordinates":[109.005,26.52]}"""),
                new SitingCandidate("east", """{"type":"Point","coordinates":[109.03,26.52]}"""),
                new SitingCandidate("block", """{"type":"Polygon","coordinates":[[[109.02,26.51],[109.03,26.51],[109.03,26.52],[109.02,26.52],[109.02,26.51]]]}"""),
            ],
            new SuitabilityParameters(),
            [],
            CancellationToken.None);

        Assert.Equal(["west", "east", "block"], measured.Select(m => m.Id).ToArray());
        Assert.Equal(ConstraintZones.EcologicalRedLine, measured[0].Measurement.Zones);
        Assert.Equal(ConstraintZones.None, measured[1].Measurement.Zones);
        Assert.Equal(0, measured[1].Measurement.SchoolMetres!.Value, 0.01);
        Assert.InRange(measured[1].Measurement.HardenedRoadMetres!.Value, (0.005 * SitingFixture.MetresPerDegreeLatitude) - 30, (0.005 * SitingFixture.MetresPerDegreeLatitude) + 30);
        Assert.Null(measured[1].Measurement.TownshipSeatMetres);
        Assert.Null(measured[1].Measurement.SourceVillageMetres);
        Assert.All(measured, m => Assert.Equal(10, m.Measurement.SlopeDegrees!.Value, 0.3));
        var expected = 500 + (Math.Tan(10 * Math.PI / 180) * (26.52 - 26.45) * SitingFixture.MetresPerDegreeLatitude);
        Assert.InRange(measured[1].Measurement.ElevationMetres!.Value, expected - 5, expected + 5);
    }
}
