using GeoRelief.Server.Apis.Analytics;
using Microsoft.AspNetCore.Http;

namespace GeoRelief.Server.Tests.Apis.Analytics;

/// <summary>The one binder of the analytics query strings.</summary>
public sealed class AnalyticsQueryTests
{
    [Fact]
    public async Task Names_ignore_case_and_a_repeated_parameter_joins_its_values()
    {
        var context = new DefaultHttpContext();
        context.Request.QueryString = new QueryString("?WITHIN=522628&breaks=2&breaks=5&level=");

        var query = await AnalyticsQuery.BindAsync(context);

        Assert.NotNull(query);
        Assert.Equal("522628", query.Parameters["within"]);
        Assert.Equal("2,5", query.Parameters["Breaks"]);
        Assert.Equal("", query.Parameters["level"]);
        Assert.False(query.Parameters.ContainsKey("year"));
    }
}
