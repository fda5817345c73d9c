using GeoRelief.Data.Sql;
using System.Globalization;
using System.Text;
using GeoRelief.Data.Internal;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace GeoRelief.Data.Migrations;

/// <summary>
/// Brings a database's schema up to date: applies the migrations not yet recorded in
/// <c>georelief_meta.schema_migration</c>, in version order, each in its own transaction together with its record,
/// while holding an advisory lock so that two processes never migrate at once.
/// </summary>
public sealed partial class MigrationRunner
{
    // "geoRmigr" read as a big-endian 64-bit integer: the advisory lock key of the migration run.
    private const long LockKey = 7_450_483_558_367_979_378;

    private readonly ILogger<MigrationRunner> _logger;

    /// <summary>Creates a runner for the migrations shipped with GeoRelief.</summary>
    public MigrationRunner(ILogger<MigrationRunner> logger)
        : this(EmbeddedMigrations.All, logger)
    {
    }

    /// <summary>Creates a runner for <paramref name="migrations"/> (versions must be unique).</summary>
    public MigrationRunner(IReadOnlyList<Migration> migrations, ILogger<MigrationRunner> logger)
    {
        ArgumentNullException.ThrowIfNull(migrations);
        ArgumentNullException.ThrowIfNull(logger);
        var duplicate = migrations.GroupBy(m => m.Version).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException(
                $"Migrations {string.Join(" and ", duplicate)} share version {duplicate.Key}.", nameof(migrations));
        }

        Migrations = migrations.OrderBy(m => m.Version).ToList();
        _logger = logger;
    }

    /// <summary>The migrations this runner knows, in version order.</summary>
    public IReadOnlyList<Migration> Migrations { get; }

    /// <summary>
    /// Applies every pending migration and returns those applied now (empty when the schema was up to date).
    /// Throws <see cref="MigrationException"/> when a migration fails (the schema stays as it was before that
    /// migration) or when an applied migration's file has changed.
    /// </summary>
    public async Task<IReadOnlyList<Migration>> RunAsync(NpgsqlDataSource dataSource, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dataSource);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await ExecuteAsync(connection, "acquire_migration_lock.sql", [LockKey], cancellationToken);
        try
        {
            await ExecuteAsync(connection, "create_migration_table.sql", [], cancellationToken);
            var applied = await ReadAppliedAsync(connection, cancellationToken);
            VerifyApplied(applied);

            var pending = Migrations.Where(m => !applied.ContainsKey(m.Version)).ToList();
            foreach (var migration in pending)
            {
                await ApplyAsync(connection, migration, cancellationToken);
            }

            if (pending.Count == 0)
            {
                LogUpToDate(Migrations.Count == 0 ? 0 : Migrations[^1].Version);
            }

            return pending;
        }
        finally
        {
            // Released even when the caller gave up; the connection is about to go back to the pool.
            await ExecuteAsync(connection, "release_migration_lock.sql", [LockKey], CancellationToken.None);
        }
    }

    private static string Query(string fileName) => EmbeddedSql.Read("Migrations/Queries/" + fileName);

    private static async Task ExecuteAsync(
        NpgsqlConnection connection, string queryFile, IReadOnlyList<object> parameters, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(Query(queryFile), connection);
        foreach (var parameter in parameters)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = parameter });
        }

        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task<Dictionary<int, (string Name, string Checksum)>> ReadAppliedAsync(
        NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        var applied = new Dictionary<int, (string Name, string Checksum)>();
        await using var command = new NpgsqlCommand(Query("select_applied_migrations.sql"), connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            applied.Add(reader.GetInt32(0), (reader.GetString(1), reader.GetString(2)));
        }

        return applied;
    }

    private void VerifyApplied(Dictionary<int, (string Name, string Checksum)> applied)
    {
        var known = Migrations.ToDictionary(m => m.Version);
        foreach (var (version, record) in applied.OrderBy(a => a.Key))
        {
            if (!known.TryGetValue(version, out var migration))
            {
                throw new MigrationException(
                    $"This database has migration {record.Name} applied, which this GeoRelief does not have: "
                    + "the database was migrated by a newer GeoRelief. Run that version, or restore a matching backup.")
                {
                    FileName = record.Name,
                };
            }

            if (!string.Equals(migration.Checksum, record.Checksum, StringComparison.Ordinal)
                || !string.Equals(migration.FileName, record.Name, StringComparison.Ordinal))
            {
                throw new MigrationException(
                    $"Migration {migration.FileName} was changed after it was applied to this database as {record.Name} "
                    + $"(checksum then {record.Checksum}, now {migration.Checksum}). An applied migration must not change: "
                    + "undo the edit and put the change in a new migration file.")
                {
                    FileName = migration.FileName,
                };
            }
        }
    }

    private async Task ApplyAsync(NpgsqlConnection connection, Migration migration, CancellationToken cancellationToken)
    {
        LogApplying(migration.FileName);
        var statements = SqlScriptSplitter.Split(migration.Sql);
        // Disposing an uncommitted transaction rolls it back: a failed migration leaves nothing behind.
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);

        // One statement at a time, so that the server's error points into a known statement of the file.
        foreach (var statement in statements)
        {
            await using var command = new NpgsqlCommand(statement.Text, connection, transaction);
            try
            {
                await command.ExecuteNonQueryAsync(cancellationToken);
            }
            catch (PostgresException e)
            {
                throw Failure(migration, statement, e);
            }
        }

        await using (var record = new NpgsqlCommand(Query("insert_applied_migration.sql"), connection, transaction))
        {
            record.Parameters.Add(new NpgsqlParameter { Value = migration.Version });
            record.Parameters.Add(new NpgsqlParameter { Value = migration.FileName });
            record.Parameters.Add(new NpgsqlParameter { Value = migration.Checksum });
            await record.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        LogApplied(migration.FileName);
    }

    private static MigrationException Failure(Migration migration, SqlStatement statement, PostgresException error)
    {
        var line = LineOf(migration, statement, error);
        var message = new StringBuilder().Append(CultureInfo.InvariantCulture,
            $"Migration {migration.FileName} failed at line {line}; nothing of it was applied. {error.SqlState}: {error.MessageText}");
        message.Append(CultureInfo.InvariantCulture, $"\n  {line} | {migration.Sql.Split('\n')[line - 1].TrimEnd()}");

        foreach (var (label, text) in new[] { ("Detail", error.Detail), ("Hint", error.Hint), ("Where", error.Where) })
        {
            if (!string.IsNullOrEmpty(text))
            {
                message.Append(CultureInfo.InvariantCulture, $"\n{label}: {text}");
            }
        }

        return new MigrationException(message.ToString(), error)
        {
            FileName = migration.FileName,
            SqlState = error.SqlState,
            Line = line,
        };
    }

    // The server reports a character position within the failing statement; the statement's offset in the file
    // turns it into a line of the file. Without a position, the statement's first line is the best pointer.
    private static int LineOf(Migration migration, SqlStatement statement, PostgresException error)
    {
        var offset = Math.Min(statement.Offset + Math.Max(error.Position - 1, 0), migration.Sql.Length);
        return migration.Sql.AsSpan(0, offset).Count('\n') + 1;
    }

    [LoggerMessage(EventId = 2001, Level = LogLevel.Information, Message = "Applying migration {FileName}")]
    private partial void LogApplying(string fileName);

    [LoggerMessage(EventId = 2002, Level = LogLevel.Information, Message = "Applied migration {FileName}")]
    private partial void LogApplied(string fileName);

    [LoggerMessage(EventId = 2003, Level = LogLevel.Debug, Message = "The schema is up to date (version {Version})")]
    private partial void LogUpToDate(int version);
}
