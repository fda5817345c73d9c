using System.Net;
using GeoRelief.Core.Tiles;

namespace GeoRelief.Server.Tests.Tiles;

/// <summary>Fetches and decodes tiles from the test server.</summary>
internal static class TileClient
{
    public static async Task<(HttpStatusCode Status, byte[] Bytes, string? ETag, string? Cache)> FetchAsync(HttpClient client, string url, string? ifNoneMatch = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(url, UriKind.Relative));
        if (ifNoneMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-None-Match", ifNoneMatch);
        }

        using var response = await client.SendAsync(request);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var cache = response.Headers.TryGetValues("X-Tile-Cache", out var values) ? values.Single() : null;
        return (response.StatusCode, bytes, response.Headers.ETag?.Tag, cache);
    }

    public static async Task<IReadOnlyList<VectorTileLayer>> LayersAsync(HttpClient client, string url)
    {
        var (status, bytes, _, _) = await FetchAsync(client, url);
        Assert.Equal(HttpStatusCode.OK, status);
        return VectorTileReader.Read(bytes);
    }
}
