using GeoRelief.Core.Admin;
using GeoRelief.Data.Sql;
using GeoRelief.Data.Tiles;
using Npgsql;
using NpgsqlTypes;

namespace GeoRelief.Data.Styles;

/// <summary>
/// The figures behind the legends of the map themes: the values each theme classes (for the counts per class) and the
/// counts per category. The poverty values come from the very query the poverty-density breaks are computed from.
/// </summary>
public sealed class ThemeStatistics(NpgsqlDataSource dataSource)
{
    /// <summary>The poverty <paramref name="indicator"/> of every unit of <paramref name="level"/> in <paramref name="year"/>.</summary>
    public Task<IReadOnlyList<double>> PovertyValuesAsync(AdminLevel level, int year, PovertyIndicator indicator, CancellationToken cancellationToken) =>
        ValuesAsync("Tiles/Sql/poverty_values.sql", p =>
        {
            p.AddWithValue("band", NpgsqlDbType.Smallint, (short)Core.Tiles.ZoomBands.All[^1].Band);
            p.AddWithValue("level", NpgsqlDbType.Smallint, (short)level);
            p.AddWithValue("year", NpgsqlDbType.Smallint, (short)year);
            p.AddWithValue("indicator", NpgsqlDbType.Text, TileRenderer.IndicatorCode(indicator));
        }, cancellationToken);

    /// <summary>The road coverage (%) of every township with eligible natural villages.</summary>
    public Task<IReadOnlyList<double>> RoadCoverageAsync(CancellationToken cancellationToken) =>
        ValuesAsync("Styles/Sql/road_coverage.sql", p =>
        {
            p.AddWithValue("min_households", NpgsqlDbType.Integer, TileLayerCatalog.RoadCoverageMinHouseholds);
            p.AddWithValue("distance_m", NpgsqlDbType.Double, TileLayerCatalog.RoadCoverageDistanceMetres);
        }, cancellationToken);

    /// <summary>The jobs of every industrial base that reports them.</summary>
    public Task<IReadOnlyList<double>> IndustrialBaseJobsAsync(CancellationToken cancellationToken) =>
        ValuesAsync("Styles/Sql/industrial_base_jobs.sql", _ => { }, cancellationToken);

    /// <summary>
    /// The category counts of a theme's legend, keyed by (legend group, attribute value as text): theme <c>admin</c>,
    /// <c>relocation</c>, <c>road-coverage</c> or <c>job-access</c>.
    /// </summary>
    public async Task<IReadOnlyDictionary<(string Group, string Value), long>> CategoryCountsAsync(string theme, CancellationToken cancellationToken)
    {
        var file = theme switch
        {
            "admin" => "Styles/Sql/admin_categories.sql",
            "relocation" => "Styles/Sql/relocation_categories.sql",
            "road-coverage" => "Styles/Sql/road_coverage_categories.sql",
            "job-access" => "Styles/Sql/job_access_categories.sql",
            _ => throw new ArgumentOutOfRangeException(nameof(theme), theme, "No category counts for this theme."),
        };
        await using var command = dataSource.CreateCommand(EmbeddedSql.Read(file));
        if (theme == "road-coverage")
        {
            command.Parameters.AddWithValue("distance_m", NpgsqlDbType.Double, TileLayerCatalog.RoadCoverageDistanceMetres);
        }

        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var counts = new Dictionary<(string, string), long>();
        while (await reader.ReadAsync(cancellationToken))
        {
            counts[(reader.GetString(0), reader.GetString(1))] = reader.GetInt64(2);
        }

        return counts;
    }

    private async Task<IReadOnlyList<double>> ValuesAsync(string sqlFile, Action<NpgsqlParameterCollection> bind, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(EmbeddedSql.Read(sqlFile));
        bind(command.Parameters);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var values = new List<double>();
        while (await reader.ReadAsync(cancellationToken))
        {
            values.Add(reader.GetDouble(0));
        }

        return values;
    }
}
