using System.Security.Cryptography;
using System.Text;
using GeoRelief.Data.Sql;
using Npgsql;
using NpgsqlTypes;

namespace GeoRelief.Data.Auth;

/// <summary>
/// Creates, lists, revokes and checks API tokens. A token is <c>grt_&lt;id&gt;_&lt;secret&gt;</c>: 12 random hex
/// digits that find its row, and 32 random bytes (base64url) of which only the SHA-256 hash is stored.
/// </summary>
public sealed class ApiTokenStore(NpgsqlDataSource dataSource)
{
    private const string Prefix = "grt_";

    /// <summary>Creates a token; its text is in the result and nowhere else.</summary>
    public async Task<CreatedApiToken> CreateAsync(string name, ApiRole role, string? within, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6));
        var secret = Base64UrlEncode(RandomNumberGenerator.GetBytes(32));
        await using var command = dataSource.CreateCommand(EmbeddedSql.Read("Auth/Sql/insert.sql"));
        command.Parameters.AddWithValue("id", NpgsqlDbType.Text, id);
        command.Parameters.AddWithValue("name", NpgsqlDbType.Text, name);
        command.Parameters.AddWithValue("role", NpgsqlDbType.Text, ApiRoles.Name(role));
        command.Parameters.Add(new NpgsqlParameter("within", NpgsqlDbType.Text) { Value = within ?? (object)DBNull.Value });
        command.Parameters.AddWithValue("secret_hash", NpgsqlDbType.Bytea, Hash(secret));
        var created = (DateTime)(await command.ExecuteScalarAsync(cancellationToken))!;
        var token = new ApiToken(id, name, role, within, new DateTimeOffset(created, TimeSpan.Zero), null);
        return new CreatedApiToken(token, Prefix + id + "_" + secret);
    }

    /// <summary>Every token, revoked ones included, oldest first.</summary>
    public async Task<IReadOnlyList<ApiToken>> ListAsync(CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(EmbeddedSql.Read("Auth/Sql/list.sql"));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var tokens = new List<ApiToken>();
        while (await reader.ReadAsync(cancellationToken))
        {
            tokens.Add(await ReadTokenAsync(reader, cancellationToken));
        }

        return tokens;
    }

    /// <summary>Revokes a token; false when no live token has that id.</summary>
    public async Task<bool> RevokeAsync(string id, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(EmbeddedSql.Read("Auth/Sql/revoke.sql"));
        command.Parameters.AddWithValue("id", NpgsqlDbType.Text, id);
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    /// <summary>The live token whose text this is; null for anything else (malformed, unknown, wrong secret, revoked).</summary>
    public async Task<ApiToken?> AuthenticateAsync(string text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!text.StartsWith(Prefix, StringComparison.Ordinal) || text.Length < Prefix.Length + 14 || text[Prefix.Length + 12] != '_')
        {
            return null;
        }

        var id = text.Substring(Prefix.Length, 12);
        var secret = text[(Prefix.Length + 13)..];
        await using var command = dataSource.CreateCommand(EmbeddedSql.Read("Auth/Sql/find.sql"));
        command.Parameters.AddWithValue("id", NpgsqlDbType.Text, id);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return null;
        }

        var stored = reader.GetFieldValue<byte[]>(6);
        return CryptographicOperations.FixedTimeEquals(stored, Hash(secret)) ? await ReadTokenAsync(reader, cancellationToken) : null;
    }

    private static async Task<ApiToken> ReadTokenAsync(NpgsqlDataReader reader, CancellationToken ct)
    {
        // The table's CHECK admits only the three role names.
        var role = ApiRoles.TryParse(reader.GetString(2), out var parsed) ? parsed : throw new InvalidOperationException("A token has an unknown role.");
        return new ApiToken(
            reader.GetString(0),
            reader.GetString(1),
            role,
            await reader.IsDBNullAsync(3, ct) ? null : reader.GetString(3),
            new DateTimeOffset(reader.GetDateTime(4), TimeSpan.Zero),
            await reader.IsDBNullAsync(5, ct) ? null : new DateTimeOffset(reader.GetDateTime(5), TimeSpan.Zero));
    }

    private static byte[] Hash(string secret) => SHA256.HashData(Encoding.UTF8.GetBytes(secret));

    private static string Base64UrlEncode(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
