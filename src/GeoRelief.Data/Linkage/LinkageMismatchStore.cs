using GeoRelief.Data.Sql;
using Npgsql;
using NpgsqlTypes;

namespace GeoRelief.Data.Linkage;

/// <summary>Lists the features, across the database, whose declared village code disagrees with their location.</summary>
public sealed class LinkageMismatchStore(NpgsqlDataSource dataSource)
{
    /// <summary>The layers that carry a declared village code (the catalogue's layers with <c>declared_village_code</c>).</summary>
    public static IReadOnlyList<string> Layers { get; } = ["natural-villages", "relocation-sites"];

    /// <summary>One page of mismatches, ordered by layer and id.</summary>
    public async Task<IReadOnlyList<LinkageMismatch>> ListAsync(LinkageMismatchQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var command = dataSource.CreateCommand(EmbeddedSql.Read("Linkage/Sql/mismatches.sql"));
        command.Parameters.AddWithValue("layer", NpgsqlDbType.Text, (object?)query.Layer ?? DBNull.Value);
        command.Parameters.AddWithValue("within", NpgsqlDbType.Text, (object?)query.Within ?? DBNull.Value);
        command.Parameters.AddWithValue("limit", NpgsqlDbType.Integer, query.Limit);
        command.Parameters.AddWithValue("offset", NpgsqlDbType.Integer, query.Offset);
        var list = new List<LinkageMismatch>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            list.Add(new LinkageMismatch(
                reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3),
                await reader.IsDBNullAsync(4, cancellationToken) ? null : reader.GetString(4),
                await reader.IsDBNullAsync(5, cancellationToken) ? null : reader.GetString(5),
                await reader.IsDBNullAsync(6, cancellationToken) ? null : reader.GetDouble(6),
                reader.GetDouble(7), reader.GetDouble(8)));
        }

        return list;
    }
}
