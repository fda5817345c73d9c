using System.Runtime.CompilerServices;
using GeoRelief.Core.Imports;
using GeoRelief.Data.Imports.Internal;
using Npgsql;
using NpgsqlTypes;

namespace GeoRelief.Data.Imports;

/// <summary>Reads import batches and their reports back.</summary>
public sealed class ImportBatchStore(NpgsqlDataSource dataSource)
{
    /// <summary>The batch with the first <paramref name="problemLimit"/> lines of its report, or null when there is no such batch.</summary>
    public async Task<ImportReport?> GetReportAsync(long batchId, int problemLimit, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var command = new NpgsqlCommand(ImportSqlTemplates.Read("get_batch.sql"), connection);
        command.Parameters.AddWithValue("batch", NpgsqlDbType.Bigint, batchId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return null;
        }

        var problems = new List<ImportProblem>();
        await foreach (var problem in ReadProblemsAsync(batchId, problemLimit + 1, cancellationToken))
        {
            problems.Add(problem);
        }

        var truncated = problems.Count > problemLimit;
        return new ImportReport(
            reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4),
            await reader.IsDBNullAsync(5, cancellationToken) ? null : reader.GetString(5),
            ParseStatus(reader.GetString(6)), reader.GetBoolean(7), reader.GetBoolean(8), reader.GetBoolean(9),
            reader.GetInt64(10), reader.GetInt64(11), reader.GetInt64(12), reader.GetInt64(13), reader.GetInt64(14), reader.GetInt64(15), reader.GetInt64(16),
            reader.GetFieldValue<DateTimeOffset>(17), reader.GetFieldValue<DateTimeOffset>(18),
            truncated ? problems[..problemLimit] : problems, truncated);
    }

    /// <summary>The report lines of a batch in order, streamed (for the CSV report of a large import).</summary>
    public async IAsyncEnumerable<ImportProblem> ReadProblemsAsync(long batchId, int limit, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var command = new NpgsqlCommand(ImportSqlTemplates.Read("list_problems.sql"), connection);
        command.Parameters.AddWithValue("batch", NpgsqlDbType.Bigint, batchId);
        command.Parameters.AddWithValue("limit", NpgsqlDbType.Integer, limit);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            yield return new ImportProblem(
                reader.GetInt64(0),
                await reader.IsDBNullAsync(1, cancellationToken) ? null : reader.GetString(1),
                reader.GetString(2),
                reader.GetString(3),
                await reader.IsDBNullAsync(4, cancellationToken) ? null : reader.GetString(4),
                await reader.IsDBNullAsync(5, cancellationToken) ? null : reader.GetString(5),
                reader.GetString(6) == "error" ? ImportSeverity.Error : ImportSeverity.Warning);
        }
    }

    /// <summary>The status as stored and shown: committed, rejected, dry_run.</summary>
    public static string StatusName(ImportStatus status) => status switch
    {
        ImportStatus.Committed => "committed",
        ImportStatus.DryRun => "dry_run",
        _ => "rejected",
    };

    /// <summary>The severity as stored and shown: error, warning.</summary>
    public static string SeverityName(ImportSeverity severity) => severity == ImportSeverity.Error ? "error" : "warning";

    private static ImportStatus ParseStatus(string status) => status switch
    {
        "committed" => ImportStatus.Committed,
        "dry_run" => ImportStatus.DryRun,
        _ => ImportStatus.Rejected,
    };
}
