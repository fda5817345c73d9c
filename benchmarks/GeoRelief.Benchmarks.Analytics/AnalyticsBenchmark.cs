using System.Diagnostics;
using System.Globalization;
using GeoRelief.Core.Admin;
using GeoRelief.Core.Analytics.Classification;
using GeoRelief.Data.Analytics;
using GeoRelief.Server.Apis.Analytics;
using Npgsql;

namespace GeoRelief.Benchmarks.Analytics;

/// <summary>
/// Times the planning analytics on a database holding the synthetic province (<c>georelief sample load --scale
/// province</c>): each analysis once to warm up, then the median of several runs, each with an empty result cache. The
/// township areas and adjacency that poverty and hot spots read are derived data kept in the database (rebuilt when admin
/// units change); their rebuild is timed on its own line.
/// Usage: <c>dotnet run -c Release --project benchmarks/GeoRelief.Benchmarks.Analytics -- "CONNECTION STRING" [runs]</c>.
/// </summary>
public static class AnalyticsBenchmark
{
    public static async Task<int> Main(string[] args)
    {
        var connectionString = args.Length > 0 ? args[0] : Environment.GetEnvironmentVariable("GEORELIEF_DB");
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            await Console.Error.WriteLineAsync("usage: GeoRelief.Benchmarks.Analytics CONNECTION_STRING [runs]  (a database loaded with `georelief sample load --scale province`)");
            return 2;
        }

        var runs = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 3;
        var builder = new NpgsqlConnectionStringBuilder(connectionString) { CommandTimeout = 0 };
        await using var dataSource = NpgsqlDataSource.Create(builder.ConnectionString);
        var store = new AnalyticsStore(dataSource);
        await store.EnsureRoutingNetworkAsync(CancellationToken.None);

        await Console.Out.WriteLineAsync($"GeoRelief analytics benchmark — {Environment.ProcessorCount} cores, {runs} timed runs each (median), cache empty per run");

        // Township areas and adjacency are data derived from admin_unit (migration 0008), rebuilt by the first analysis
        // after admin units change; the analyses below read them. Timed here as the cost of that first analysis.
        var rebuilds = new List<double>();
        for (var i = 0; i < runs; i++)
        {
            var watch = Stopwatch.StartNew();
            await store.RebuildAdminDerivedAsync(AdminLevel.Township, CancellationToken.None);
            rebuilds.Add(watch.Elapsed.TotalMilliseconds);
        }

        Report("rebuild township area + adjacency (after an admin change)", Median(rebuilds), null, "every township");
        var poverty = await TimeAsync(store, "poverty by township, whole province", "poverty", runs, 1000, ("within", "99"), ("level", "township"), ("year", "2018"));
        await TimeAsync(store, "road coverage, every natural village (distance)", "road-coverage", runs, 10000, ("within", "99"), ("minHouseholds", "0"), ("travelTime", "false"));
        await TimeAsync(store, "road coverage, ≥30 households, with travel time", "road-coverage", runs, null, ("within", "99"), ("travelTime", "true"));
        await TimeAsync(store, "RAI (buffer, 2 km), whole province", "rai", runs, 10000, ("within", "99"));
        await TimeAsync(store, "hot spots, every township (queen, 999 permutations)", "hotspots", runs, 2000, ("within", "99"), ("level", "township"), ("year", "2018"));
        await TimeAsync(store, "job access, one county (network, 10 km)", "job-access", runs, null, ("within", "990101"));

        var units = ((PovertyReport)poverty.Report).Units;
        var values = units.Take(1500).Select(u => u.IncidencePct ?? 0).ToList();
        ClassifyOp.Classify(values, new ClassifyParameters { K = 5 });
        var timings = new List<double>();
        for (var i = 0; i < Math.Max(runs, 20); i++)
        {
            var watch = Stopwatch.StartNew();
            ClassifyOp.Classify(values, new ClassifyParameters { Method = ClassificationMethod.FisherJenks, K = 5 });
            timings.Add(watch.Elapsed.TotalMilliseconds);
        }

        Report($"Fisher–Jenks k=5 on {values.Count} values", Median(timings), 50, $"{values.Count} township incidences");
        return 0;
    }

    private static async Task<AnalyticsResult> TimeAsync(AnalyticsStore store, string label, string analysis, int runs, double? targetMs, params (string Name, string Value)[] parameters)
    {
        var raw = parameters.ToDictionary(p => p.Name, p => (string?)p.Value, StringComparer.OrdinalIgnoreCase);
        var result = await new PlanningAnalytics(store, new AnalyticsCache()).RunAsync(analysis, raw, CancellationToken.None);
        var timings = new List<double>();
        for (var i = 0; i < runs; i++)
        {
            var watch = Stopwatch.StartNew();
            result = await new PlanningAnalytics(store, new AnalyticsCache()).RunAsync(analysis, raw, CancellationToken.None);
            timings.Add(watch.Elapsed.TotalMilliseconds);
        }

        Report(label, Median(timings), targetMs, $"{result.Report.Rows.Count()} rows");
        return result;
    }

    private static void Report(string label, double medianMs, double? targetMs, string size)
    {
        var verdict = targetMs is { } t ? (medianMs < t ? $"target < {t:0} ms met" : $"target < {t:0} ms MISSED") : "no target";
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{label,-55} {medianMs,10:0.0} ms   {verdict}   ({size})"));
    }

    private static double Median(List<double> values)
    {
        values.Sort();
        return values[values.Count / 2];
    }
}
