using GeoRelief.Data.Imports.Internal;

namespace GeoRelief.Data.Tests.Imports;

/// <summary>The grid the point linkage looks villages' points up by: as fine as it can be with at most 64 cells a side.</summary>
public sealed class LinkageGridTests
{
    [Theory]
    [InlineData(null, "100")]      // no boundaries loaded yet: any resolution finds nothing
    [InlineData(0.3, "100")]       // a village of the sample: 30 cells a side
    [InlineData(0.64, "100")]
    [InlineData(0.65, "10")]
    [InlineData(3.0, "10")]
    [InlineData(50.0, "1")]        // a boundary far larger than a village should be
    [InlineData(5000.0, "0.01")]   // metres read as degrees
    [InlineData(1e9, "0.001")]     // nothing coarser: the coarsest
    public void The_finest_resolution_that_keeps_the_largest_box_to_64_cells_a_side(double? largestSide, string expected)
    {
        Assert.Equal(expected, LinkageGrid.CellsPerDegree(largestSide));
    }
}
