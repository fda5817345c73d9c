using GeoRelief.Core.Coordinates;
using GeoRelief.Core.Imports;
using NetTopologySuite.Geometries;

namespace GeoRelief.Core.Tests.Imports;

public sealed class PositionCheckOpTests
{
    // A box around 锦屏县 (about 108.8–109.5°E, 26.4–26.9°N).
    private static readonly CountyExtent Jinping = new("522628", "锦屏县", new Envelope(108.8, 109.5, 26.4, 26.9));
    private static readonly GeometryFactory Factory = new();

    [Fact]
    public void A_position_inside_a_county_passes()
    {
        var op = new PositionCheckOp(new PositionCheckParameters(CrsRegistry.Cgcs2000, [Jinping]));

        Assert.Null(op.Check(2, Point(109.2, 26.7), new CrsPoint(109.2, 26.7)));
    }

    [Fact]
    public void Swapped_longitude_and_latitude_are_recognised()
    {
        var op = new PositionCheckOp(new PositionCheckParameters(CrsRegistry.Cgcs2000, [Jinping]));

        var problem = op.Check(3, Point(26.7, 109.2), new CrsPoint(26.7, 109.2));

        Assert.Equal(ImportProblemCodes.OutsideChina, problem?.Problem);
        Assert.Contains("swapped", problem!.Hint, StringComparison.Ordinal);
        Assert.Contains("锦屏县", problem.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void Gauss_Kruger_metres_read_as_degrees_get_the_zone_that_fits()
    {
        var op = new PositionCheckOp(new PositionCheckParameters(CrsRegistry.Cgcs2000, [Jinping]));
        var metres = CrsTransformOp.Transform(new CrsPoint(109.2, 26.7), CrsTransformParameters.Parse("EPSG:4490", "EPSG:4545"));

        var problem = op.Check(4, Point(metres.X, metres.Y), metres);

        Assert.Contains("--crs EPSG:4545", problem?.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void A_position_far_from_every_county_is_flagged()
    {
        var op = new PositionCheckOp(new PositionCheckParameters(CrsRegistry.Cgcs2000, [Jinping]));

        Assert.Equal(ImportProblemCodes.FarOutsideCounty, op.Check(5, Point(116.4, 39.9), new CrsPoint(116.4, 39.9))?.Problem);
    }

    private static Point Point(double x, double y) => Factory.CreatePoint(new Coordinate(x, y));
}
