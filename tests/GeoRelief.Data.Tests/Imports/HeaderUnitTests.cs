using GeoRelief.Core.Imports;
using GeoRelief.Data.Imports;

namespace GeoRelief.Data.Tests.Imports;

public sealed class HeaderUnitTests
{
    [Fact]
    public void Headers_with_units_map_to_the_layers_columns_and_a_unit_that_would_scale_the_figure_maps_to_nothing()
    {
        var layer = ImportLayers.All.Single(l => l.Name == "industrial-bases");
        var rules = ImportLayers.Rules(layer);
        var map = new ImportHeaderMap(rules, hasGeometry: true);

        Assert.Equal("jobs", rules[map.Map("就业岗位（个）").FieldIndex].Column);
        Assert.Equal("investment_wan_yuan", rules[map.Map("总投资（万元）").FieldIndex].Column);
        Assert.Equal(ImportColumnRole.Longitude, map.Map("经度（°）").Role);
        Assert.Equal(ImportColumnRole.Ignored, map.Map("总投资（元）").Role);
    }
}
