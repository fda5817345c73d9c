using System.ComponentModel.DataAnnotations;

namespace GeoRelief.Server.Tiles.Packages;

/// <summary>The <c>TilePackages</c> configuration section: where seeded PMTiles packages are served from (docs/configuration.md).</summary>
public sealed class TilePackageOptions
{
    public const string Section = "TilePackages";

    /// <summary>Directory of the packages (relative to the working directory unless absolute); <c>NAME.pmtiles</c> there is served as package NAME.</summary>
    [Required]
    public string Directory { get; set; } = "tiles";
}
