using System.Collections.Concurrent;
using GeoRelief.Core.Admin;
using GeoRelief.Core.Analytics.Classification;
using GeoRelief.Data.Sql;
using Npgsql;
using NpgsqlTypes;

namespace GeoRelief.Data.Tiles;

/// <summary>
/// Class breaks of the poverty-density layer: <see cref="ClassifyOp"/> over the indicator of every unit of a level,
/// computed once per (level, year, indicator, method, k, data version) and then bound into the tile SQL.
/// </summary>
public sealed class PovertyClassifier(NpgsqlDataSource dataSource)
{
    private readonly ConcurrentDictionary<(AdminLevel, int, PovertyIndicator, ClassificationMethod, int, long), Task<PovertyBreaks>> _breaks = new();
    private readonly ConcurrentDictionary<long, Task<IReadOnlyList<int>>> _years = new();

    /// <summary>The years with poverty figures at <paramref name="dataVersion"/>, ascending.</summary>
    public Task<IReadOnlyList<int>> GetYearsAsync(long dataVersion, CancellationToken cancellationToken)
    {
        ForgetOlderThan(dataVersion);
        return _years.GetOrAdd(dataVersion, _ => ReadYearsAsync(cancellationToken));
    }

    /// <summary>The breaks for <paramref name="level"/> under <paramref name="parameters"/> (year null: the latest year with figures).</summary>
    public async Task<PovertyBreaks> GetBreaksAsync(AdminLevel level, PovertyDensityParameters parameters, long dataVersion, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var year = parameters.Year ?? LatestOrZero(await GetYearsAsync(dataVersion, cancellationToken));
        var key = (level, year, parameters.Indicator, parameters.Method, parameters.K, dataVersion);
        var task = _breaks.GetOrAdd(key, _ => ComputeAsync(level, year, parameters, cancellationToken));
        try
        {
            return await task;
        }
        catch (OperationCanceledException)
        {
            // A cancelled request must not leave its cancelled computation behind for the next one.
            _breaks.TryRemove(KeyValuePair.Create(key, task));
            throw;
        }
    }

    private async Task<PovertyBreaks> ComputeAsync(AdminLevel level, int year, PovertyDensityParameters parameters, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(EmbeddedSql.Read("Tiles/Sql/poverty_values.sql"));
        command.Parameters.AddWithValue("band", NpgsqlDbType.Smallint, (short)Core.Tiles.ZoomBands.All[^1].Band);
        command.Parameters.AddWithValue("level", NpgsqlDbType.Smallint, (short)level);
        command.Parameters.AddWithValue("year", NpgsqlDbType.Smallint, (short)year);
        command.Parameters.AddWithValue("indicator", NpgsqlDbType.Text, TileRenderer.IndicatorCode(parameters.Indicator));
        var values = new List<double>();
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                values.Add(reader.GetDouble(0));
            }
        }

        if (values.Count == 0)
        {
            return new PovertyBreaks(year, []);
        }

        var classification = ClassifyOp.Classify(values, new ClassifyParameters { Method = parameters.Method, K = parameters.K });
        return new PovertyBreaks(year, classification.Breaks);
    }

    private async Task<IReadOnlyList<int>> ReadYearsAsync(CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(EmbeddedSql.Read("Tiles/Sql/poverty_years.sql"));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var years = new List<int>();
        while (await reader.ReadAsync(cancellationToken))
        {
            years.Add(reader.GetInt16(0));
        }

        return years;
    }

    private void ForgetOlderThan(long dataVersion)
    {
        foreach (var key in _years.Keys.Where(v => v < dataVersion))
        {
            _years.TryRemove(key, out _);
        }

        foreach (var key in _breaks.Keys.Where(k => k.Item6 < dataVersion))
        {
            _breaks.TryRemove(key, out _);
        }
    }

    private static int LatestOrZero(IReadOnlyList<int> years) => years.Count == 0 ? 0 : years[^1];
}
