using System.CommandLine;
using System.Globalization;
using GeoRelief.Data.Tiles;
using GeoRelief.Server.Apis;
using GeoRelief.Server.CommandLine.Tiles;
using GeoRelief.Server.Tiles.Packages;

namespace GeoRelief.Server.CommandLine;

/// <summary><c>georelief tiles seed</c>: a PMTiles or MBTiles package of tile layers over one administrative unit.</summary>
public static class TilesCommand
{
    private static readonly Option<string> Layers = new("--layers")
    {
        Description = $"Tile layers, comma-separated, in tile order: {TileLayerCatalog.Names}.",
        Required = true,
    };

    private static readonly Option<string> Within = new("--within")
    {
        Description = "NBS code of the administrative unit: only tiles touching it are seeded.",
        Required = true,
    };

    private static readonly Option<string> Zooms = new("--zooms")
    {
        Description = $"Zoom range FROM-TO (0–{TileLayerCatalog.MaxZoom}), e.g. 0-14.",
        DefaultValueFactory = _ => "0-14",
    };

    private static readonly Option<FileInfo> Out = new("--out")
    {
        Description = "The package to write: NAME.pmtiles (PMTiles v3, served as /tiles/packages/NAME/{z}/{x}/{y}.mvt) or NAME.mbtiles (MBTiles 1.3).",
        Required = true,
    };

    private static readonly Option<string?> Year = new("--year") { Description = "poverty-density: year of the figures (default the latest)." };
    private static readonly Option<string?> Indicator = new("--indicator") { Description = "poverty-density: density or incidence." };
    private static readonly Option<string?> Method = new("--method") { Description = "poverty-density: jenks, quantile, equal or headtail." };
    private static readonly Option<string?> K = new("--k") { Description = "poverty-density: number of classes, 3–9." };

    public static Command Create()
    {
        var tiles = new Command("tiles", "Vector tile packages.");
        var seed = new Command("seed", "Render the tiles of layers over an administrative unit into a PMTiles v3 or MBTiles 1.3 file; an interrupted run resumes.");
        foreach (var option in new Option[] { Layers, Within, Zooms, Out, Year, Indicator, Method, K })
        {
            seed.Options.Add(option);
        }

        seed.SetAction(SeedAsync);
        tiles.Subcommands.Add(seed);
        return tiles;
    }

    private static Task<int> SeedAsync(ParseResult parseResult, CancellationToken cancellationToken) =>
        CommandDatabase.RunAsync(async () =>
        {
            if (!TryParse(parseResult, out var request, out var problem))
            {
                await Console.Error.WriteLineAsync("georelief: " + problem);
                return 2;
            }

            await using var opened = await CommandDatabase.OpenAsync(parseResult, cancellationToken);
            var dataSource = opened.Database.DataSource;
            var seeder = new TilePackageSeeder(dataSource, new TileRenderer(dataSource, new PovertyClassifier(dataSource)));
            try
            {
                var result = await SeedProgressDisplay.RunAsync(progress => seeder.SeedAsync(request, progress, opened.Interrupted));
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"Wrote {result.Path}: {result.Tiles} tiles ({result.DistinctTiles} stored), zooms {result.MinZoom}–{result.MaxZoom}; rendered {result.Rendered}, resumed {result.Resumed}."));
                return 0;
            }
            catch (ArgumentException e)
            {
                await Console.Error.WriteLineAsync("georelief: " + e.ForPlanner());
                return 2;
            }
            catch (OperationCanceledException)
            {
                await Console.Error.WriteLineAsync("georelief: interrupted; run the same command again to resume.");
                return 130;
            }
        });

    private static bool TryParse(ParseResult parseResult, out TilePackageSeedRequest request, out string problem)
    {
        request = null!;
        problem = string.Empty;
        var layers = new List<TileLayerDefinition>();
        foreach (var name in parseResult.GetValue(Layers)!.Split(',', StringSplitOptions.TrimEntries))
        {
            if (TileLayerCatalog.Find(name) is not { } layer || layers.Contains(layer))
            {
                problem = $"--layers names '{name}', which is unknown or given twice; the layers are: {TileLayerCatalog.Names}.";
                return false;
            }

            layers.Add(layer);
        }

        var zooms = parseResult.GetValue(Zooms)!.Split('-');
        if (zooms.Length != 2
            || !int.TryParse(zooms[0], NumberStyles.None, CultureInfo.InvariantCulture, out var minZoom)
            || !int.TryParse(zooms[1], NumberStyles.None, CultureInfo.InvariantCulture, out var maxZoom)
            || minZoom > maxZoom || maxZoom > TileLayerCatalog.MaxZoom)
        {
            problem = $"--zooms is '{parseResult.GetValue(Zooms)}': give FROM-TO with 0 ≤ FROM ≤ TO ≤ {TileLayerCatalog.MaxZoom}, e.g. 0-14.";
            return false;
        }

        var poverty = TilesApi.ParsePoverty(parseResult.GetValue(Year), parseResult.GetValue(Indicator), parseResult.GetValue(Method), parseResult.GetValue(K), out var povertyProblem);
        if (poverty is null)
        {
            problem = "--" + povertyProblem!.ProblemDetails.Detail;
            return false;
        }

        var outName = parseResult.GetValue(Out)!.Name;
        if (!outName.EndsWith(".pmtiles", StringComparison.Ordinal) && !outName.EndsWith(".mbtiles", StringComparison.Ordinal))
        {
            problem = $"--out is '{outName}': name a .pmtiles file (PMTiles v3) or a .mbtiles file (MBTiles 1.3).";
            return false;
        }

        request = new TilePackageSeedRequest(layers, parseResult.GetValue(Within)!, minZoom, maxZoom, poverty, parseResult.GetValue(Out)!.FullName);
        return true;
    }
}
