using System.Diagnostics;
using System.Globalization;
using GeoRelief.Benchmarks.Import;
using GeoRelief.Core.Sample.Features;
using GeoRelief.Data;
using GeoRelief.Data.Imports;
using GeoRelief.Data.Layers;
using GeoRelief.Data.Sample;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

// Usage: dotnet run -c Release --project benchmarks/GeoRelief.Benchmarks.Import -- [--rows N] [--warm-up-rows N] [--shuffled] [--db CONNECTION_STRING]
// --shuffled writes the rows in no order of place (VillageCsv); by default they come village by village.
// Without --db (or GEORELIEF_BENCH_DB) an embedded cluster is started in a temporary directory and removed afterwards.
// The measured imports follow a dry run of a smaller file (--warm-up-rows, 200,000 by default; 0 for none) in the same
// process, as on a server that has imported before: the first pass over the reader's code in a new process runs it
// unoptimised until .NET's tiered JIT has compiled it again (about a second of a million rows, measured).
var rows = 1_000_000;
var warmUpRows = 200_000;
var shuffled = args.Contains("--shuffled");
string? connectionString = Environment.GetEnvironmentVariable("GEORELIEF_BENCH_DB");
for (var i = 0; i < args.Length - 1; i++)
{
    if (args[i] == "--rows")
    {
        rows = int.Parse(args[i + 1], CultureInfo.InvariantCulture);
    }
    else if (args[i] == "--warm-up-rows")
    {
        warmUpRows = int.Parse(args[i + 1], CultureInfo.InvariantCulture);
    }
    else if (args[i] == "--db")
    {
        connectionString = args[i + 1];
    }
}

var home = Directory.CreateTempSubdirectory("georelief-bench-");
// The embedded cluster runs as the unprivileged 'postgres' user when started by root: it must reach its directory.
if (!OperatingSystem.IsWindows())
{
    File.SetUnixFileMode(home.FullName, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute
        | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
}
var options = new DatabaseOptions { DatabaseName = "georelief_import_bench" };
if (connectionString is not null)
{
    options.ConnectionString = new NpgsqlConnectionStringBuilder(connectionString) { Database = "georelief_import_bench" }.ConnectionString;
}
else
{
    options.Embedded.Home = home.FullName;
}

await using var database = new GeoReliefDatabase(options, NullLoggerFactory.Instance);
try
{
    await database.StartAsync(CancellationToken.None);
    Console.WriteLine($"Machine: {Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}; PostgreSQL {database.Versions.PostgreSql}, PostGIS {database.Versions.PostGis}.");
    await SampleLoader.LoadAsync(database.DataSource, SampleGenerator.Generate(SampleDivisions.ReadEmbedded()));
    var csv = Path.Combine(home.FullName, "natural-villages.csv");
    var bytes = await VillageCsv.WriteAsync(database.DataSource, csv, rows, shuffled);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Generated {rows:N0} rows{(shuffled ? " in no order of place" : string.Empty)}, {bytes / 1e6:F1} MB: {csv}"));
    var importer = new FeatureImporter(database.DataSource, database.ConnectionString, new ConsoleStepLogger<FeatureImporter>());
    if (warmUpRows > 0)
    {
        var warmUpCsv = Path.Combine(home.FullName, "warm-up.csv");
        await VillageCsv.WriteAsync(database.DataSource, warmUpCsv, warmUpRows, shuffled);
        var stopwatch = Stopwatch.StartNew();
        var report = await importer.ImportAsync(new ImportRequest(warmUpCsv, "warm-up.csv", LayerCatalog.NaturalVillages, DryRun: true), CancellationToken.None);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"warm-up (dry run, nothing written): {report.Status}, {report.RowsRead:N0} rows in {stopwatch.Elapsed.TotalSeconds:F1} s = {report.RowsRead / stopwatch.Elapsed.TotalSeconds:N0} rows/s."));
    }

    GC.Collect();
    foreach (var pass in new[] { "first import (all rows new)", "re-import (all rows unchanged)" })
    {
        using var sampler = new WorkingSetSampler();
        var runtime = RuntimeWork.Now();
        var stopwatch = Stopwatch.StartNew();
        var report = await importer.ImportAsync(new ImportRequest(csv, "natural-villages.csv", LayerCatalog.NaturalVillages), CancellationToken.None);
        stopwatch.Stop();
        var work = RuntimeWork.Now() - runtime;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{pass}: {report.Status}, {report.RowsRead:N0} rows in {stopwatch.Elapsed.TotalSeconds:F1} s = {report.RowsRead / stopwatch.Elapsed.TotalSeconds:N0} rows/s "
            + $"(inserted {report.Inserted:N0}, updated {report.Updated:N0}, unchanged {report.Unchanged:N0}, errors {report.Errors}); "
            + $"working set {sampler.Start / 1e6:F0} MB before, peak {sampler.Peak / 1e6:F0} MB during; load average {LoadAverage()}."));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  .NET during it: {work}"));
    }
}
finally
{
    await database.StopAsync(CancellationToken.None);
    home.Delete(recursive: true);
}

// The machine may be shared: the figures mean little without the load they were measured under.
static string LoadAverage() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";
