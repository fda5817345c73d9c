using System.CommandLine;
using System.Globalization;
using GeoRelief.Core.Imports;
using GeoRelief.Data.Imports;
using GeoRelief.Server.Apis;

namespace GeoRelief.Server.CommandLine;

/// <summary><c>georelief import FILE --layer LAYER</c>: one file into one layer, with a report.</summary>
public static class ImportCommand
{
    private const int ShownLines = 50;

    private static readonly Argument<FileInfo> File = new("FILE")
    {
        Description = "GeoJSON (.geojson/.json), CSV (.csv), Excel workbook (.xlsx/.xls), zipped Shapefile (.zip) or GeoPackage (.gpkg); with --layer dem a GeoTIFF or other GDAL raster.",
    };

    private static readonly Option<string> Layer = new("--layer")
    {
        Description = "The layer to import into: " + ImportLayers.Names + ", or dem (an elevation GeoTIFF, through GDAL).",
        Required = true,
    };

    private static readonly Option<string?> Crs = new("--crs")
    {
        Description = "Coordinate system of the input: EPSG:4490 (default), WGS84, GCJ-02 (AMap, Tencent), BD-09 (Baidu), EPSG:4491–4554 (CGCS2000 Gauss–Krüger), any EPSG code PostGIS knows, or a .prj file's WKT. Default: the file's own (.prj, GeoPackage) or EPSG:4490.",
    };

    private static readonly Option<bool> DryRun = new("--dry-run") { Description = "Check and report; write nothing." };

    private static readonly Option<bool> SkipInvalid = new("--skip-invalid") { Description = "Import the valid rows and quarantine the others (default: one bad row rejects the file)." };

    private static readonly Option<bool> MakeValid = new("--make-valid") { Description = "Repair invalid geometries with ST_MakeValid (the report says what changed) instead of rejecting them." };

    private static readonly Option<string?> Sheet = new("--sheet") { Description = "For an Excel workbook: the worksheet to import, by name (default: the first whose header names the layer's columns)." };
    private static readonly Option<string?> Encoding = new("--encoding") { Description = "Text encoding of CSV or Shapefile attributes: " + ImportEncodings.Supported + " (default UTF-8, or the Shapefile's .cpg)." };

    private static readonly Option<FileInfo?> Report = new("--report") { Description = "Also write every report line to this CSV file (UTF-8 with BOM)." };

    public static Command Create()
    {
        var command = new Command("import", "Import a file into a layer: validated, linked to townships and villages, all or nothing (see docs/import.md).");
        command.Arguments.Add(File);
        foreach (var option in new Option[] { Layer, Crs, DryRun, SkipInvalid, MakeValid, Encoding, Sheet, Report })
        {
            command.Options.Add(option);
        }

        command.SetAction(RunAsync);
        return command;
    }

    private static Task<int> RunAsync(ParseResult parseResult, CancellationToken cancellationToken) =>
        parseResult.GetValue(Layer) == DemImportCommand.Layer
            ? DemImportCommand.RunAsync(parseResult, parseResult.GetValue(File)!, parseResult.GetValue(Crs), parseResult.GetValue(DryRun), cancellationToken)
            : CommandDatabase.RunAsync(async () =>
        {
            var file = parseResult.GetValue(File)!;
            var layerName = parseResult.GetValue(Layer)!;
            if (ImportLayers.Find(layerName) is not { } layer)
            {
                await Console.Error.WriteLineAsync($"georelief: --layer '{layerName}' is not a layer that takes imports; use one of {ImportLayers.Names}.");
                return 1;
            }

            if (!file.Exists)
            {
                await Console.Error.WriteLineAsync($"georelief: the file {file.FullName} does not exist.");
                return 1;
            }

            var crs = parseResult.GetValue(Crs);
            if (crs is not null && crs.EndsWith(".prj", StringComparison.OrdinalIgnoreCase) && System.IO.File.Exists(crs))
            {
                crs = await System.IO.File.ReadAllTextAsync(crs, cancellationToken);
            }

            await using var opened = await CommandDatabase.OpenAsync(parseResult, cancellationToken);
            var importer = new FeatureImporter(opened.Database.DataSource, opened.Database.ConnectionString);
            var request = new ImportRequest(
                file.FullName, file.Name, layer, crs, parseResult.GetValue(DryRun), parseResult.GetValue(SkipInvalid), parseResult.GetValue(MakeValid), parseResult.GetValue(Encoding),
                Sheet: parseResult.GetValue(Sheet));
            ImportReport report;
            try
            {
                report = await importer.ImportAsync(request, opened.Interrupted);
            }
            catch (ImportException e)
            {
                // FILE is the positional argument; every other parameter is an option of the same name.
                var where = e.Parameter is null or "file" ? string.Empty : $"--{e.Parameter}: ";
                await Console.Error.WriteLineAsync($"georelief: {where}{e.Message}");
                return 1;
            }

            Print(report);
            if (parseResult.GetValue(Report) is { } reportFile)
            {
                await using var stream = reportFile.Create();
                await ImportReportCsv.WriteAsync(stream, new ImportBatchStore(opened.Database.DataSource).ReadProblemsAsync(report.BatchId, int.MaxValue, opened.Interrupted), opened.Interrupted);
                Console.WriteLine($"Report written to {reportFile.FullName}.");
            }

            return report.Status == ImportStatus.Rejected ? 2 : 0;
        });

    private static void Print(ImportReport r)
    {
        var verdict = r.Status switch
        {
            ImportStatus.Committed => "imported",
            ImportStatus.DryRun => "checked (dry run, nothing written)",
            _ => "REJECTED: nothing was written",
        };
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Batch {r.BatchId}: {r.FileName} → {r.Layer} ({r.Format}, {r.Crs}{(r.Encoding is null ? string.Empty : ", " + r.Encoding)}): {verdict}."));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  rows read {r.RowsRead}, {(r.DryRun ? "would insert" : "inserted")} {r.Inserted}, {(r.DryRun ? "would update" : "updated")} {r.Updated}, unchanged {r.Unchanged}, rejected {r.RowsRejected}; {r.Errors} errors, {r.Warnings} warnings."));
        foreach (var line in r.Problems.Take(ShownLines))
        {
            var where = line.Row == 0 ? "file" : string.Create(CultureInfo.InvariantCulture, $"row {line.Row}");
            Console.WriteLine($"  {(line.Severity == ImportSeverity.Error ? "error  " : "warning")} {where}{(line.Field is null ? string.Empty : " " + line.Field)}: {line.Message}{(line.Value is null ? string.Empty : $" [value: {line.Value}]")}");
            if (line.Hint is not null)
            {
                Console.WriteLine($"          → {line.Hint}");
            }
        }

        if (r.Errors + r.Warnings > ShownLines)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  … {r.Errors + r.Warnings - ShownLines} more lines: use --report FILE.csv, or GET /api/v1/imports/{r.BatchId}/report?format=csv."));
        }
    }
}
