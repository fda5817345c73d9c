using System.Net;
using GeoRelief.Core.Tiles;
using GeoRelief.Data.Tests;
using GeoRelief.Data.Tiles;

namespace GeoRelief.Server.Tests.Tiles;

/// <summary>Seeds every tile of the sample at z 0–12 for each layer and holds each to the 500 KB budget.</summary>
[Trait("Category", "Slow")]
public sealed class TileSizeBudgetTests(TileServerFactory factory) : IClassFixture<TileServerFactory>
{
    private const int BudgetBytes = 500 * 1024;

    // The two sample counties, lon/lat.
    private static readonly TileBounds[] Counties =
    [
        new(108.99, 26.49, 109.41, 26.87),
        new(122.20, 46.24, 123.60, 47.20),
    ];

    [DatabaseFact]
    public async Task No_tile_of_any_layer_is_over_500_KB_at_zoom_0_to_12()
    {
        using var client = factory.CreateClient();
        var largest = 0;
        var seeded = 0;
        foreach (var layer in TileLayerCatalog.All)
        {
            var tiles = Enumerable.Range(0, 13)
                .SelectMany(z => Counties.SelectMany(c => TileRange.Covering(c, z).Tiles()))
                .Distinct();
            foreach (var tile in tiles)
            {
                var (status, bytes, _, _) = await TileClient.FetchAsync(client, $"/tiles/{layer.Name}/{tile}.mvt");
                Assert.Equal(HttpStatusCode.OK, status);
                Assert.True(bytes.Length <= BudgetBytes, $"{layer.Name} {tile} is {bytes.Length:N0} bytes");
                largest = Math.Max(largest, bytes.Length);
                seeded++;
            }
        }

        Assert.True(seeded > 3000, $"only {seeded} tiles seeded");
        Assert.True(largest > 0);
    }
}
