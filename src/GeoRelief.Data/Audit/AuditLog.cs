using System.Text.Json;
using GeoRelief.Data.Sql;
using Npgsql;
using NpgsqlTypes;

namespace GeoRelief.Data.Audit;

/// <summary>The audit trail: every change made through the API, with the feature before and after.</summary>
public sealed class AuditLog(NpgsqlDataSource dataSource)
{
    /// <summary>Entries matching <paramref name="query"/>, newest first.</summary>
    public async Task<IReadOnlyList<AuditEntry>> ListAsync(AuditQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var command = dataSource.CreateCommand(EmbeddedSql.Read("Audit/Sql/list.sql"));
        command.Parameters.Add(new NpgsqlParameter("layer", NpgsqlDbType.Text) { Value = query.Layer ?? (object)DBNull.Value });
        command.Parameters.Add(new NpgsqlParameter("key", NpgsqlDbType.Text) { Value = query.Key ?? (object)DBNull.Value });
        command.Parameters.Add(new NpgsqlParameter("since", NpgsqlDbType.TimestampTz) { Value = query.Since is { } since ? since.UtcDateTime : DBNull.Value });
        command.Parameters.AddWithValue("limit", NpgsqlDbType.Integer, query.Limit);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var entries = new List<AuditEntry>();
        while (await reader.ReadAsync(cancellationToken))
        {
            entries.Add(new AuditEntry(
                reader.GetInt64(0),
                new DateTimeOffset(reader.GetDateTime(1), TimeSpan.Zero),
                reader.GetString(2),
                reader.GetString(3),
                reader.GetString(4),
                reader.GetString(5),
                reader.GetString(6),
                await reader.IsDBNullAsync(7, cancellationToken) ? null : Parse(reader.GetString(7)),
                await reader.IsDBNullAsync(8, cancellationToken) ? null : Parse(reader.GetString(8))));
        }

        return entries;
    }

    /// <summary>Writes one entry on <paramref name="connection"/>, inside the caller's transaction.</summary>
    internal static async Task AppendAsync(NpgsqlConnection connection, ChangeAuthor author, string layer, string key, AuditAction action, string? before, string? after, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(EmbeddedSql.Read("Audit/Sql/insert.sql"), connection);
        command.Parameters.AddWithValue("token_id", NpgsqlDbType.Text, author.TokenId);
        command.Parameters.AddWithValue("who", NpgsqlDbType.Text, author.Name);
        command.Parameters.AddWithValue("layer", NpgsqlDbType.Text, layer);
        command.Parameters.AddWithValue("key", NpgsqlDbType.Text, key);
        command.Parameters.AddWithValue("action", NpgsqlDbType.Text, action switch { AuditAction.Create => "create", AuditAction.Update => "update", _ => "delete" });
        command.Parameters.Add(new NpgsqlParameter("before", NpgsqlDbType.Text) { Value = before ?? (object)DBNull.Value });
        command.Parameters.Add(new NpgsqlParameter("after", NpgsqlDbType.Text) { Value = after ?? (object)DBNull.Value });
        await command.ExecuteNonQueryAsync(ct);
    }

    private static JsonElement Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }
}
