using GeoRelief.Data.Tiles;

namespace GeoRelief.Server.Tiles.Packages;

/// <summary>What to seed: the tile layers (in tile order), the administrative unit, the zooms and the output file.</summary>
public sealed record TilePackageSeedRequest(
    IReadOnlyList<TileLayerDefinition> Layers,
    string Within,
    int MinZoom,
    int MaxZoom,
    PovertyDensityParameters Poverty,
    string OutputPath)
{
    /// <summary>The package format: MBTiles for a <c>.mbtiles</c> output file, else PMTiles.</summary>
    public TilePackageFormat Format =>
        OutputPath.EndsWith(".mbtiles", StringComparison.OrdinalIgnoreCase) ? TilePackageFormat.MbTiles : TilePackageFormat.PmTiles;

    /// <summary>A line naming everything that shapes the tiles; a journal written for another request is not resumed.</summary>
    public string Signature(long dataVersion) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"georelief-seed v1 layers={string.Join(',', Layers.Select(l => l.Name))} within={Within} zooms={MinZoom}-{MaxZoom} year={Poverty.Year} indicator={Poverty.Indicator} method={Poverty.Method} k={Poverty.K} data={dataVersion}");
}
