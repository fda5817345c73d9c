using GeoRelief.Data.Sql;
using Npgsql;

namespace GeoRelief.Data.Health;

/// <summary>Asks the database for its versions and the data version.</summary>
public sealed class DatabaseStatusReader(NpgsqlDataSource dataSource)
{
    /// <summary>Reads the status; throws <see cref="NpgsqlException"/> when the database cannot be reached.</summary>
    public async Task<DatabaseStatus> ReadAsync(CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(EmbeddedSql.Read("Health/Sql/status.sql"));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return new DatabaseStatus(
            reader.GetString(0),
            await reader.IsDBNullAsync(1, cancellationToken) ? null : reader.GetString(1),
            await reader.IsDBNullAsync(2, cancellationToken) ? null : reader.GetString(2),
            reader.GetInt64(3),
            reader.GetFieldValue<DateTimeOffset>(4));
    }
}
