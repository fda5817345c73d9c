using GeoRelief.Core.Sample;
using GeoRelief.Core.Sample.Boundaries;

namespace GeoRelief.Core.Tests.Sample.Boundaries;

public sealed class CountyPartitionOpTests
{
    private static readonly SampleCounty County = new("999999", "测试县", 110.0, 30.0, 400);

    /// <summary>A town of three villages, a township of one village, and a farm with none.</summary>
    private static readonly Division[] Divisions =
    [
        new("999999", 3, "9999", "测试县"),
        new("999999100", 4, "999999", "甲镇"),
        new("999999100001", 5, "999999100", "甲社区居委会"),
        new("999999100200", 5, "999999100", "甲村委会"),
        new("999999100201", 5, "999999100", "乙村委会"),
        new("999999200", 4, "999999", "乙乡"),
        new("999999200200", 5, "999999200", "丙村委会"),
        new("999999400", 4, "999999", "丙农场"),
    ];

    [Fact]
    public void Townships_without_villages_or_with_one_still_tile_the_county()
    {
        var partition = CountyPartitionOp.Partition(County, Divisions, 1);
        Assert.Equal(["999999100", "999999200", "999999400"], partition.Townships.Select(t => t.Division.Code));
        Assert.Equal(["999999100001", "999999100200", "999999100201", "999999200200"], partition.Villages.Select(v => v.Division.Code));

        var single = partition.Townships[1].Geometry;
        Assert.True(single.EqualsExact(partition.Villages[3].Geometry));
        var union = partition.County.Factory.BuildGeometry(partition.Townships.Select(t => t.Geometry)).Union();
        Assert.True(union.SymmetricDifference(partition.County).Area < 1e-12);
        Assert.All(partition.Townships, t => Assert.True(t.Geometry.Area > 0.1 * partition.County.Area / 3));
    }

    [Fact]
    public void A_county_without_townships_in_the_divisions_is_refused()
    {
        Assert.Throws<ArgumentException>(() => CountyPartitionOp.Partition(County, Divisions[..1], 1));
    }

    [Fact]
    public void Out_of_range_parameters_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => CountyPartitionOp.Partition(County, Divisions, 1, new CountyPartitionParameters { VillageWiggle = 0.5 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => CountyPartitionOp.Partition(County, Divisions, 1, new CountyPartitionParameters { PrecisionScale = 10 }));
    }

    [Fact]
    public void The_generator_refuses_a_county_missing_from_the_divisions()
    {
        Assert.Throws<ArgumentException>(() => AdminBoundaryGenerator.Generate(Divisions[1..], [County], 1));
    }
}
