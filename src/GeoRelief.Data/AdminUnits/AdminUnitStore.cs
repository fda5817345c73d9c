using GeoRelief.Data.Sql;
using Npgsql;
using NpgsqlTypes;

namespace GeoRelief.Data.AdminUnits;

/// <summary>Reads administrative units and what lies within them.</summary>
public sealed class AdminUnitStore(NpgsqlDataSource dataSource)
{
    /// <summary>Units matching the query, in code order.</summary>
    public async Task<IReadOnlyList<AdminUnitSummary>> ListAsync(AdminUnitQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var command = dataSource.CreateCommand(EmbeddedSql.Read("AdminUnits/Sql/list.sql"));
        command.Parameters.Add(new NpgsqlParameter("level", NpgsqlDbType.Smallint) { Value = query.Level is { } level ? (short)level : DBNull.Value });
        command.Parameters.Add(new NpgsqlParameter("within", NpgsqlDbType.Text) { Value = query.Within?.Value ?? (object)DBNull.Value });
        command.Parameters.Add(new NpgsqlParameter("limit", NpgsqlDbType.Integer) { Value = query.Limit });
        command.Parameters.Add(new NpgsqlParameter("offset", NpgsqlDbType.Integer) { Value = query.Offset });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var units = new List<AdminUnitSummary>();
        while (await reader.ReadAsync(cancellationToken))
        {
            units.Add(new AdminUnitSummary(
                reader.GetString(0),
                reader.GetString(1),
                reader.GetInt16(2),
                await reader.IsDBNullAsync(3, cancellationToken) ? null : reader.GetString(3),
                await reader.IsDBNullAsync(4, cancellationToken) ? null : Math.Round(reader.GetDouble(4), 3)));
        }

        return units;
    }

    /// <summary>Whether the database holds any administrative unit at all (an empty database gets the sample).</summary>
    public async Task<bool> AnyAsync(CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(EmbeddedSql.Read("AdminUnits/Sql/any.sql"));
        return (bool)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    /// <summary>Whether a unit with this code exists.</summary>
    public async Task<bool> ExistsAsync(string code, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(EmbeddedSql.Read("AdminUnits/Sql/exists.sql"));
        command.Parameters.AddWithValue("code", NpgsqlDbType.Text, code);
        return (bool)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    /// <summary>One unit with counts of what lies within it; null when no unit has that code.</summary>
    public async Task<AdminUnitDetail?> GetAsync(string code, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(EmbeddedSql.Read("AdminUnits/Sql/get.sql"));
        command.Parameters.AddWithValue("code", NpgsqlDbType.Text, code);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return null;
        }

        var hasGeometry = !await reader.IsDBNullAsync(6, cancellationToken);
        return new AdminUnitDetail(
            Code: reader.GetString(0),
            Name: reader.GetString(1),
            Level: reader.GetInt16(2),
            ParentCode: await reader.IsDBNullAsync(3, cancellationToken) ? null : reader.GetString(3),
            UrbanRuralCode: await reader.IsDBNullAsync(4, cancellationToken) ? null : reader.GetInt16(4),
            CodeYear: reader.GetInt16(5),
            AreaKm2: hasGeometry ? Math.Round(reader.GetDouble(6), 3) : null,
            Bbox: hasGeometry ? [reader.GetDouble(7), reader.GetDouble(8), reader.GetDouble(9), reader.GetDouble(10)] : null,
            Children: reader.GetInt64(11),
            NaturalVillages: reader.GetInt64(12),
            RoadsKm: Math.Round(reader.GetDouble(13), 3),
            HardenedRoadsKm: Math.Round(reader.GetDouble(14), 3),
            RelocationSites: reader.GetInt64(15),
            IndustrialBases: reader.GetInt64(16));
    }
}
