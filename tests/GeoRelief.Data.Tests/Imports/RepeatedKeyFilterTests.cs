using System.Globalization;
using GeoRelief.Data.Imports.Internal;

namespace GeoRelief.Data.Tests.Imports;

/// <summary>The filter that spares the duplicate-key check most of the stage: never misses a repeat, rarely cries wolf.</summary>
public sealed class RepeatedKeyFilterTests
{
    [Fact]
    public void Every_later_occurrence_of_a_key_is_marked_and_few_first_ones_are()
    {
        var filter = new RepeatedKeyFilter([0]);
        var falseAlarms = 0;
        for (var i = 0; i < 1_000_000; i++)
        {
            falseAlarms += filter.AddAndCheck([string.Create(CultureInfo.InvariantCulture, $"NV-{i:D7}")]) ? 1 : 0;
        }

        for (var i = 0; i < 1_000_000; i += 997)
        {
            Assert.True(filter.AddAndCheck([string.Create(CultureInfo.InvariantCulture, $"NV-{i:D7}")]), $"NV-{i:D7} given again was not marked");
        }

        // Four bits of one of 2^18 words per key: 1,267 of the million when this was written (0.13 %).
        Assert.InRange(falseAlarms, 0, 5_000);
    }

    [Fact]
    public void Two_column_keys_compare_whole_and_in_order()
    {
        var filter = new RepeatedKeyFilter([1, 0]);

        Assert.False(filter.AddAndCheck([2019, "NV-1"]));
        Assert.False(filter.AddAndCheck([2020, "NV-1"]));
        Assert.False(filter.AddAndCheck([2019, "NV-12"]));
        Assert.True(filter.AddAndCheck([2019, "NV-1"]));
    }

    [Fact]
    public void A_row_without_a_whole_key_is_no_repeat()
    {
        var filter = new RepeatedKeyFilter([0, 1]);
        Assert.False(filter.AddAndCheck([null, 2019]));
        Assert.False(filter.AddAndCheck([null, 2019]));
        Assert.False(filter.AddAndCheck(["NV-1", null]));
        Assert.False(filter.AddAndCheck(["NV-1", null]));
    }
}
