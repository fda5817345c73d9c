using System.Globalization;
using GeoRelief.Server.Tiles.Packages;
using Spectre.Console;

namespace GeoRelief.Server.CommandLine.Tiles;

/// <summary>Shows seeding progress: a Spectre.Console progress bar on a terminal, a plain line every 10 % otherwise.</summary>
public static class SeedProgressDisplay
{
    /// <summary>Runs <paramref name="seed"/> with progress shown on the console.</summary>
    public static async Task<TilePackageSeedResult> RunAsync(Func<IProgress<TilePackageSeedProgress>, Task<TilePackageSeedResult>> seed)
    {
        ArgumentNullException.ThrowIfNull(seed);
        if (!Console.IsOutputRedirected && AnsiConsole.Profile.Capabilities.Interactive)
        {
            TilePackageSeedResult? result = null;
            await AnsiConsole.Progress()
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
                .StartAsync(async context =>
                {
                    var task = context.AddTask("Seeding tiles", maxValue: 1);
                    result = await seed(new Progress(p =>
                    {
                        task.MaxValue = Math.Max(1, p.Total);
                        task.Value = p.Done;
                        task.Description = string.Create(CultureInfo.InvariantCulture, $"Seeding tiles {p.Done}/{p.Total}");
                    }));
                });
            return result!;
        }

        var lastTenth = -1;
        return await seed(new Progress(p =>
        {
            var tenth = p.Total == 0 ? 10 : p.Done * 10 / p.Total;
            if (tenth != lastTenth)
            {
                lastTenth = tenth;
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"seeded {p.Done}/{p.Total} tiles ({tenth * 10} %){(p.Resumed > 0 ? $", {p.Resumed} from the interrupted run" : string.Empty)}"));
            }
        }));
    }

    /// <summary>Reports synchronously on the seeding thread (unlike <see cref="Progress{T}"/>, which posts to the thread pool).</summary>
    private sealed class Progress(Action<TilePackageSeedProgress> report) : IProgress<TilePackageSeedProgress>
    {
        public void Report(TilePackageSeedProgress value) => report(value);
    }
}
