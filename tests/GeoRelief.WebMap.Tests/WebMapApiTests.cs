using System.Net;
using System.Text.RegularExpressions;

namespace GeoRelief.WebMap.Tests;

/// <summary>How the server serves the built page: content types and caching, and nothing outside the build.</summary>
public sealed partial class WebMapApiTests(WebMapFixture fixture) : IClassFixture<WebMapFixture>
{
    [BrowserFact]
    public async Task The_page_is_HTML_that_is_always_revalidated_and_names_hashed_assets()
    {
        using var response = await fixture.Api.GetAsync(new Uri("/", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType.CharSet);
        Assert.True(response.Headers.CacheControl!.NoCache);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Matches(AssetPattern(), html);
        Assert.DoesNotContain("http://", html.Replace("http://www.w3.org", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.DoesNotContain("https://", html, StringComparison.Ordinal);
    }

    [BrowserFact]
    public async Task Assets_have_their_content_type_and_are_cached_for_good()
    {
        var html = await fixture.Api.GetStringAsync(new Uri("/", UriKind.Relative));
        foreach (Match asset in AssetPattern().Matches(html))
        {
            using var response = await fixture.Api.GetAsync(new Uri(asset.Value, UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var expected = asset.Value.EndsWith(".js", StringComparison.Ordinal) ? "text/javascript" : "text/css";
            Assert.Equal(expected, response.Content.Headers.ContentType!.MediaType);
            Assert.True(response.Headers.CacheControl!.Public);
            Assert.Equal(TimeSpan.FromDays(365), response.Headers.CacheControl.MaxAge);
            Assert.Contains("immutable", response.Headers.CacheControl.Extensions.Select(e => e.Name));
        }
    }

    [BrowserTheory]
    [InlineData("/dist/nothing-here.js")]
    [InlineData("/dist/index.html")]
    [InlineData("/dist/..%2F..%2Fgeorelief.dll")]
    [InlineData("/dist/../georelief.dll")]
    public async Task Nothing_but_the_built_assets_is_served(string path)
    {
        using var response = await fixture.Api.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [GeneratedRegex(@"/dist/(app|styles)-[A-Z0-9]+\.(js|css)")]
    private static partial Regex AssetPattern();
}
