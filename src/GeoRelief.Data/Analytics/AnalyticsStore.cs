using System.Runtime.CompilerServices;
using GeoRelief.Core.Admin;
using GeoRelief.Data.Analytics.Internal;
using GeoRelief.Data.Sql;
using Npgsql;
using NpgsqlTypes;

namespace GeoRelief.Data.Analytics;

/// <summary>
/// The set-based SQL of the planning analytics (PostGIS, pgRouting): each method runs one embedded query with bound
/// parameters; per-village results are streamed, never collected by the store.
/// </summary>
public sealed class AnalyticsStore(NpgsqlDataSource dataSource)
{
    private const string Folder = "Analytics/Sql/";

    /// <summary>The current <c>georelief.data_version</c>.</summary>
    public async Task<long> DataVersionAsync(CancellationToken cancellationToken)
    {
        await using var command = Command("data_version.sql");
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    /// <summary>Whether an administrative unit with this code exists.</summary>
    public async Task<bool> UnitExistsAsync(string code, CancellationToken cancellationToken)
    {
        await using var command = Command("unit_exists.sql");
        command.Parameters.AddWithValue("code", NpgsqlDbType.Text, code);
        return (bool)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    /// <summary>The names of the units with these codes, by code (a code without a unit is left out).</summary>
    public async Task<IReadOnlyDictionary<string, string>> UnitNamesAsync(IReadOnlyCollection<string> codes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(codes);
        await using var command = Command("unit_names.sql");
        command.Parameters.AddWithValue("codes", NpgsqlDbType.Array | NpgsqlDbType.Text, codes.ToArray());
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            names[reader.GetString(0)] = reader.GetString(1);
        }

        return names;
    }

    /// <summary>The latest year with poverty figures (with poor people, when <paramref name="withPoor"/>) within a unit, or null.</summary>
    public async Task<int?> LatestYearAsync(string within, bool withPoor, CancellationToken cancellationToken)
    {
        await using var command = Command(withPoor ? "latest_poor_year.sql" : "latest_year.sql");
        command.Parameters.AddWithValue("within", NpgsqlDbType.Text, within);
        return await command.ExecuteScalarAsync(cancellationToken) is short year ? year : null;
    }

    /// <summary>
    /// Poverty per unit of <paramref name="level"/> within a unit for a year and the year before, and per administrative
    /// village of the province <paramref name="within"/> lies in for the year: one pass over village_year at village
    /// grain, rolled up here (a unit holds the natural villages whose located village code starts with its code).
    /// </summary>
    public async Task<PovertyFigures> PovertyAsync(AdminLevel level, string within, int year, CancellationToken cancellationToken)
    {
        await EnsureAdminDerivedAsync(level, cancellationToken);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await BeginAnalyticTransactionAsync(connection, cancellationToken);
        var units = new List<(string Code, string Name, double? AreaKm2)>();
        await using (var command = Command("poverty_units.sql", connection, transaction))
        {
            AddLevel(command, level);
            command.Parameters.AddWithValue("within", NpgsqlDbType.Text, within);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                units.Add((reader.GetString(0), reader.GetString(1), await NullableAsync<double>(reader, 2, cancellationToken)));
            }
        }

        var length = level.CodeLength();
        var totals = new Dictionary<string, PovertyTotals>(StringComparer.Ordinal);
        var villages = new List<VillagePovertyRow>();
        await using (var command = Command("poverty_villages.sql", connection, transaction))
        {
            command.Parameters.AddWithValue("within", NpgsqlDbType.Text, within);
            command.Parameters.AddWithValue("year", NpgsqlDbType.Smallint, (short)year);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                var code = reader.GetString(0);
                var naturalVillages = reader.GetInt64(1);
                var registered = reader.GetInt64(2);
                var poor = reader.GetInt64(3);
                if (naturalVillages > 0)
                {
                    villages.Add(new VillagePovertyRow(code, poor, registered));
                }

                if (!code.StartsWith(within, StringComparison.Ordinal))
                {
                    continue;
                }

                var unit = code.Length > length ? code[..length] : code;
                var t = totals.GetValueOrDefault(unit) ?? new PovertyTotals();
                t.NaturalVillages += naturalVillages;
                t.Registered += registered;
                t.Poor += poor;
                t.PoorHouseholds += reader.GetInt64(4);
                t.Monitored += reader.GetInt64(5);
                t.Exited += reader.GetInt64(6);
                if (await NullableAsync<long>(reader, 7, cancellationToken) is { } previousRegistered)
                {
                    t.PreviousRegistered = (t.PreviousRegistered ?? 0) + previousRegistered;
                }

                if (await NullableAsync<long>(reader, 8, cancellationToken) is { } previousPoor)
                {
                    t.PreviousPoor = (t.PreviousPoor ?? 0) + previousPoor;
                }

                totals[unit] = t;
            }
        }

        villages.Sort((a, b) => string.CompareOrdinal(a.VillageCode, b.VillageCode));
        var rows = units.Select(u =>
        {
            var t = totals.GetValueOrDefault(u.Code) ?? new PovertyTotals();
            return new UnitPovertyRow(
                u.Code, u.Name, u.AreaKm2, t.NaturalVillages, t.Registered, t.Poor, t.PoorHouseholds, t.Monitored, t.Exited, t.PreviousRegistered, t.PreviousPoor);
        }).ToList();
        return new PovertyFigures(rows, villages);
    }

    /// <summary>Yearly poverty totals of one unit.</summary>
    public async Task<IReadOnlyList<PovertyYearRow>> PovertySeriesAsync(string code, CancellationToken cancellationToken)
    {
        await using var command = Command("poverty_series.sql");
        command.Parameters.AddWithValue("code", NpgsqlDbType.Text, code);
        var rows = new List<PovertyYearRow>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(new PovertyYearRow(
                reader.GetInt16(0), reader.GetInt64(1), reader.GetInt64(2), reader.GetInt64(3), reader.GetInt64(4), reader.GetInt64(5), reader.GetInt64(6)));
        }

        return rows;
    }

    /// <summary>Pairs of units of a level within a unit whose boundaries meet, and whether they share an edge.</summary>
    public async Task<IReadOnlyList<UnitAdjacency>> AdjacencyAsync(AdminLevel level, string within, CancellationToken cancellationToken)
    {
        await EnsureAdminDerivedAsync(level, cancellationToken);
        await using var command = Command(level < AdminLevel.Village ? "unit_adjacency.sql" : "unit_adjacency_computed.sql");
        AddLevel(command, level);
        command.Parameters.AddWithValue("within", NpgsqlDbType.Text, within);
        var rows = new List<UnitAdjacency>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(new UnitAdjacency(reader.GetString(0), reader.GetString(1), reader.GetBoolean(2)));
        }

        return rows;
    }

    /// <summary>
    /// Rebuilds the area and adjacency of the units of a level (province to township) when admin units have changed
    /// since they were built (migration 0008 marks them stale); villages are measured per request instead.
    /// </summary>
    /// <returns>Whether the level was rebuilt.</returns>
    public async Task<bool> EnsureAdminDerivedAsync(AdminLevel level, CancellationToken cancellationToken)
    {
        if (level >= AdminLevel.Village)
        {
            return false;
        }

        await using (var check = Command("admin_derived_built.sql"))
        {
            AddLevel(check, level);
            if ((bool)(await check.ExecuteScalarAsync(cancellationToken))!)
            {
                return false;
            }
        }

        return await RebuildAdminDerivedAsync(level, onlyWhenStale: true, cancellationToken);
    }

    /// <summary>
    /// Rebuilds the area and adjacency of the units of a level (province to township) now, as after an admin import:
    /// what the first analysis after a change of admin units waits for.
    /// </summary>
    public async Task RebuildAdminDerivedAsync(AdminLevel level, CancellationToken cancellationToken)
    {
        if (level >= AdminLevel.Village)
        {
            throw new ArgumentOutOfRangeException(nameof(level), level, "Only the levels province to township are kept as derived data.");
        }

        await RebuildAdminDerivedAsync(level, onlyWhenStale: false, cancellationToken);
    }

    private async Task<bool> RebuildAdminDerivedAsync(AdminLevel level, bool onlyWhenStale, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using (var command = Command("admin_derived_lock.sql", connection, transaction))
        {
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        if (onlyWhenStale)
        {
            // Another request may have rebuilt the level while this one waited for the lock.
            await using var recheck = Command("admin_derived_built.sql", connection, transaction);
            AddLevel(recheck, level);
            if ((bool)(await recheck.ExecuteScalarAsync(cancellationToken))!)
            {
                return false;
            }
        }

        await using (var rebuild = Command("rebuild_admin_derived.sql", connection, transaction))
        {
            AddLevel(rebuild, level);
            await rebuild.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    /// <summary>A point inside each unit of a level within a unit, in planar metres.</summary>
    public async Task<IReadOnlyList<UnitPoint>> UnitPointsAsync(AdminLevel level, string within, CancellationToken cancellationToken)
    {
        await using var command = Command("unit_points.sql");
        AddLevel(command, level);
        command.Parameters.AddWithValue("within", NpgsqlDbType.Text, within);
        var rows = new List<UnitPoint>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(new UnitPoint(reader.GetString(0), reader.GetDouble(1), reader.GetDouble(2)));
        }

        return rows;
    }

    /// <summary>Road connection of every natural village with at least <paramref name="minHouseholds"/> households (distance ≤ threshold counts).</summary>
    public async IAsyncEnumerable<VillageRoadAccess> RoadCoverageAsync(
        string within, int minHouseholds, double maxDistanceM, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await BeginAnalyticTransactionAsync(connection, cancellationToken);
        await using var command = Command("road_coverage.sql", connection, transaction);
        command.Parameters.AddWithValue("within", NpgsqlDbType.Text, within);
        command.Parameters.AddWithValue("min_households", NpgsqlDbType.Integer, minHouseholds);
        command.Parameters.AddWithValue("max_distance_m", NpgsqlDbType.Double, maxDistanceM);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            yield return new VillageRoadAccess(
                reader.GetString(0),
                reader.GetString(1),
                reader.GetString(2),
                reader.GetInt32(3),
                reader.GetInt32(4),
                reader.GetBoolean(5),
                await NullableAsync<double>(reader, 6, cancellationToken),
                await reader.IsDBNullAsync(7, cancellationToken) ? null : reader.GetString(7));
        }
    }

    /// <summary>
    /// Travel time from every natural village with at least <paramref name="minHouseholds"/> households to the nearest
    /// township seat, searched up to <paramref name="capSeconds"/>; needs pgRouting (see <see cref="RoutingAvailableAsync"/>).
    /// </summary>
    public async IAsyncEnumerable<VillageTravelTime> TravelTimesAsync(
        string within, int minHouseholds, double capSeconds, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await EnsureRoutingNetworkAsync(cancellationToken);
        await using var command = Command("travel_time.sql");
        command.Parameters.AddWithValue("within", NpgsqlDbType.Text, within);
        command.Parameters.AddWithValue("min_households", NpgsqlDbType.Integer, minHouseholds);
        command.Parameters.AddWithValue("cap_seconds", NpgsqlDbType.Double, capSeconds);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            yield return new VillageTravelTime(
                reader.GetString(0),
                reader.GetDouble(1),
                reader.GetDouble(2),
                reader.GetBoolean(3),
                reader.GetDouble(4),
                await NullableAsync<double>(reader, 5, cancellationToken));
        }
    }

    /// <summary>Kilometres of hardened road per status and year built within a unit.</summary>
    public async Task<IReadOnlyList<HardenedRoadYear>> HardenedRoadYearsAsync(string within, CancellationToken cancellationToken)
    {
        await using var command = Command("road_km_per_year.sql");
        command.Parameters.AddWithValue("within", NpgsqlDbType.Text, within);
        var rows = new List<HardenedRoadYear>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(new HardenedRoadYear(
                reader.GetString(0),
                await reader.IsDBNullAsync(1, cancellationToken) ? null : reader.GetInt16(1),
                reader.GetDouble(2),
                reader.GetInt64(3)));
        }

        return rows;
    }

    /// <summary>
    /// Whether each natural village within a unit lies within <paramref name="distanceM"/> of an all-season road: in a
    /// straight line (the official RAI) or, with <paramref name="network"/>, along the road network (needs pgRouting).
    /// </summary>
    public async IAsyncEnumerable<VillageReach> RuralAccessAsync(
        string within, double distanceM, bool network, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        if (network)
        {
            await EnsureRoutingNetworkAsync(cancellationToken);
        }

        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await BeginAnalyticTransactionAsync(connection, cancellationToken);
        await using var command = Command(network ? "rai_network.sql" : "rai.sql", connection, transaction);
        command.Parameters.AddWithValue("within", NpgsqlDbType.Text, within);
        command.Parameters.AddWithValue("distance_m", NpgsqlDbType.Double, distanceM);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            yield return new VillageReach(reader.GetString(0), reader.GetString(1), reader.GetInt32(2), reader.GetBoolean(3));
        }
    }

    /// <summary>Relocation sites and poor natural villages (demand) and industrial bases (supply) of a job-access analysis.</summary>
    public async Task<IReadOnlyList<JobAccessPoint>> JobAccessPointsAsync(string within, int year, double commuteM, CancellationToken cancellationToken)
    {
        await using var command = Command("job_access_points.sql");
        command.Parameters.AddWithValue("within", NpgsqlDbType.Text, within);
        command.Parameters.AddWithValue("year", NpgsqlDbType.Smallint, (short)year);
        command.Parameters.AddWithValue("commute_m", NpgsqlDbType.Double, commuteM);
        var rows = new List<JobAccessPoint>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(new JobAccessPoint(
                reader.GetString(0),
                reader.GetString(1),
                reader.GetString(2),
                await reader.IsDBNullAsync(3, cancellationToken) ? null : reader.GetString(3),
                reader.GetDouble(4)));
        }

        return rows;
    }

    /// <summary>
    /// Demand × base pairs within commuting distance: by road network when <paramref name="network"/> (each pair labelled,
    /// straight line where an end lies farther than <paramref name="snapM"/> from the network), else all in a straight line.
    /// </summary>
    public async Task<IReadOnlyList<JobAccessPair>> JobAccessPairsAsync(
        string within, int year, double commuteM, double snapM, bool network, CancellationToken cancellationToken)
    {
        if (network)
        {
            await EnsureRoutingNetworkAsync(cancellationToken);
        }

        await using var command = Command(network ? "job_access_pairs.sql" : "job_access_pairs_straight.sql");
        command.Parameters.AddWithValue("within", NpgsqlDbType.Text, within);
        command.Parameters.AddWithValue("year", NpgsqlDbType.Smallint, (short)year);
        command.Parameters.AddWithValue("commute_m", NpgsqlDbType.Double, commuteM);
        if (network)
        {
            command.Parameters.AddWithValue("snap_m", NpgsqlDbType.Double, snapM);
        }

        var rows = new List<JobAccessPair>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(new JobAccessPair(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetDouble(3), reader.GetString(4)));
        }

        return rows;
    }

    /// <summary>Relocation sites within a unit with their progress (expected progress on <paramref name="asOf"/>) and source villages.</summary>
    public async Task<IReadOnlyList<RelocationSiteRow>> RelocationSitesAsync(string within, DateOnly asOf, CancellationToken cancellationToken)
    {
        await using var command = Command("relocation_sites.sql");
        command.Parameters.AddWithValue("within", NpgsqlDbType.Text, within);
        command.Parameters.AddWithValue("as_of", NpgsqlDbType.Date, asOf);
        var rows = new List<RelocationSiteRow>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(new RelocationSiteRow(
                reader.GetString(0),
                reader.GetString(1),
                reader.GetString(2),
                reader.GetString(3),
                await reader.IsDBNullAsync(4, cancellationToken) ? null : reader.GetString(4),
                await reader.IsDBNullAsync(5, cancellationToken) ? null : reader.GetString(5),
                reader.GetInt32(6),
                reader.GetInt32(7),
                reader.GetInt32(8),
                reader.GetInt32(9),
                reader.GetDouble(10),
                await reader.IsDBNullAsync(11, cancellationToken) ? null : reader.GetFieldValue<DateOnly>(11),
                await reader.IsDBNullAsync(12, cancellationToken) ? null : reader.GetFieldValue<DateOnly>(12),
                await NullableAsync<double>(reader, 13, cancellationToken),
                reader.GetInt64(14),
                reader.GetInt64(15),
                reader.GetFieldValue<string[]>(16)));
        }

        return rows;
    }

    /// <summary>The speeds of <c>georelief.road_speed</c>.</summary>
    public async Task<IReadOnlyList<RoadSpeed>> RoadSpeedsAsync(CancellationToken cancellationToken)
    {
        await using var command = Command("road_speeds.sql");
        var rows = new List<RoadSpeed>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(new RoadSpeed(reader.GetString(0), reader.GetDouble(1), reader.GetDouble(2)));
        }

        return rows;
    }

    /// <summary>Whether pgRouting is installed, so network analyses can run.</summary>
    public async Task<bool> RoutingAvailableAsync(CancellationToken cancellationToken)
    {
        await using var command = Command("routing_available.sql");
        return (bool)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    /// <summary>Rebuilds the routing network (road_vertex, road_edge) when the data have changed since it was built.</summary>
    public async Task EnsureRoutingNetworkAsync(CancellationToken cancellationToken)
    {
        var current = await DataVersionAsync(cancellationToken);
        await using (var check = Command("topology_version.sql"))
        {
            if (await check.ExecuteScalarAsync(cancellationToken) is long built && built == current)
            {
                return;
            }
        }

        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using var command = new NpgsqlCommand(EmbeddedSql.Read(Folder + "build_topology.sql"), connection, transaction);
        await command.ExecuteNonQueryAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private NpgsqlCommand Command(string file) => dataSource.CreateCommand(EmbeddedSql.Read(Folder + file));

    private static NpgsqlCommand Command(string file, NpgsqlConnection connection, NpgsqlTransaction transaction) =>
        new(EmbeddedSql.Read(Folder + file), connection, transaction);

    // Analytic statements run in a transaction of their own so that their settings (analytic_settings.sql) are local to it.
    private static async Task<NpgsqlTransaction> BeginAnalyticTransactionAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using var settings = Command("analytic_settings.sql", connection, transaction);
        await settings.ExecuteNonQueryAsync(cancellationToken);
        return transaction;
    }

    private static void AddLevel(NpgsqlCommand command, AdminLevel level)
    {
        command.Parameters.AddWithValue("level", NpgsqlDbType.Smallint, (short)level);
        command.Parameters.AddWithValue("code_length", NpgsqlDbType.Integer, level.CodeLength());
    }

    private static async Task<T?> NullableAsync<T>(NpgsqlDataReader reader, int ordinal, CancellationToken cancellationToken)
        where T : struct =>
        await reader.IsDBNullAsync(ordinal, cancellationToken) ? null : reader.GetFieldValue<T>(ordinal);
}
