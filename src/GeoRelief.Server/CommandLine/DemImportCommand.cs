using System.CommandLine;
using System.Globalization;
using GeoRelief.Data.Terrain;

namespace GeoRelief.Server.CommandLine;

/// <summary><c>georelief import DEM.tif --layer dem</c>: replaces the elevation raster through GDAL (see docs/siting.md).</summary>
public static class DemImportCommand
{
    /// <summary>The layer name that selects this importer.</summary>
    public const string Layer = "dem";

    /// <summary>Imports <paramref name="file"/> into <c>georelief.dem</c> and prints what was stored.</summary>
    public static Task<int> RunAsync(ParseResult parseResult, FileInfo file, string? crs, bool dryRun, CancellationToken cancellationToken) =>
        CommandDatabase.RunAsync(async () =>
        {
            ArgumentNullException.ThrowIfNull(file);
            await using var opened = await CommandDatabase.OpenAsync(parseResult, cancellationToken);
            DemImportResult result;
            try
            {
                result = await new DemImporter(opened.Database.DataSource).ImportAsync(file.FullName, file.Name, crs, dryRun, opened.Interrupted);
            }
            catch (DemImportException e)
            {
                await Console.Error.WriteLineAsync($"georelief: {e.Message} The previous elevation raster is unchanged.");
                return 1;
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{result.Name} ({result.SourceCrs}) → dem: {(dryRun ? "checked (dry run, nothing written)" : "imported")}; {result.Width} × {result.Height} cells of {result.CellSizeDegrees:0.#######}° in EPSG:4490, "
                + $"{result.Tiles} tiles of {DemImporter.TileSize}² (replacing {result.ReplacedTiles}), {result.West:0.####}…{result.East:0.####}°E {result.South:0.####}…{result.North:0.####}°N, "
                + $"elevation {result.MinimumElevation:0.#}–{result.MaximumElevation:0.#} m, overlapping {result.AdminUnits} administrative units."));
            return 0;
        });
}
