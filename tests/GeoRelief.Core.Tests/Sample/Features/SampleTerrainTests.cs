using GeoRelief.Core.Sample.Features;

namespace GeoRelief.Core.Tests.Sample.Features;

public sealed class SampleTerrainTests
{
    private static SampleDataset D => SampleFixture.Dataset;

    [Fact]
    public void Constraint_zones_are_valid_multipolygons_inside_their_county()
    {
        Assert.Equal(Enum.GetValues<ConstraintZoneKind>(), D.ConstraintZones.Select(z => z.Kind).Distinct().Order());
        Assert.All(D.ConstraintZones, z =>
        {
            Assert.True(z.Geometry.IsValid, $"{z.Id} is not valid.");
            Assert.Equal(4490, z.Geometry.SRID);
            var county = D.AdminUnits.Single(u => u.Code == z.Id[..6]).Geometry!;
            // Measured as area, not with Covers: the zone is cut from the county by an overlay whose new vertices
            // lie on the county's edges only to floating-point precision. 1e-10 deg² is about 1 m².
            Assert.True(z.Geometry.Difference(county).Area < 1e-10, $"{z.Id} leaves its county.");
            Assert.Equal(z.Kind == ConstraintZoneKind.Geohazard, z.Risk is not null);
        });
    }

    [Fact]
    public void Jinping_is_hilly_between_300_and_1300_metres()
    {
        var grid = D.ElevationGrids.Single(g => g.CountyCode == "522628");
        Assert.Equal(grid.Width * grid.Height, grid.Values.Count);
        Assert.InRange(grid.Values.Min(), 280f, 400f);
        Assert.InRange(grid.Values.Max(), 1_100f, 1_330f);
    }

    [Fact]
    public void Jalaid_falls_from_about_1000_metres_in_the_north_west_to_150_in_the_south_east()
    {
        var grid = D.ElevationGrids.Single(g => g.CountyCode == "152223");
        double Corner(int column0, int row0)
        {
            var cells = new List<float>();
            for (var row = row0; row < row0 + 20; row++)
            {
                for (var column = column0; column < column0 + 20; column++)
                {
                    cells.Add(grid.At(column, row));
                }
            }

            return cells.Average();
        }

        Assert.InRange(Corner(0, 0), 750, 1_050);
        Assert.InRange(Corner(grid.Width - 20, grid.Height - 20), 140, 250);
        Assert.True(grid.CellSizeDegrees > 0 && grid.CellSizeDegrees <= 0.003);
    }
}
