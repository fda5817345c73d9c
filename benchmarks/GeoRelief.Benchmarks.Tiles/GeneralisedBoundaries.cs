using System.Diagnostics;
using System.Reflection;
using GeoRelief.Data.Tiles;
using Npgsql;

namespace GeoRelief.Benchmarks.Tiles;

/// <summary>Builds the generalised boundaries when a database was loaded without them, so admin and thematic tiles have their data.</summary>
internal static class GeneralisedBoundaries
{
    /// <summary>Null when the boundaries exist; else builds them and says how many units and how long.</summary>
    public static async Task<(int Units, TimeSpan Elapsed)?> EnsureAsync(NpgsqlDataSource dataSource)
    {
        await using var command = dataSource.CreateCommand(ReadSql());
        if ((long)(await command.ExecuteScalarAsync())! > 0)
        {
            return null;
        }

        var start = Stopwatch.GetTimestamp();
        var units = await GeneralisationRefresher.RefreshAsync(dataSource, CancellationToken.None);
        return (units, Stopwatch.GetElapsedTime(start));
    }

    private static string ReadSql()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("GeoRelief.Benchmarks.Tiles.Sql.generalised_count.sql")!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
