using GeoRelief.Core.Imports;
using Npgsql;

namespace GeoRelief.Data.Imports.Internal;

/// <summary>
/// The codes of every administrative unit in the database, read once before the file: the reader reports a declared
/// village code that names none of them as it reads the row, so no statement has to look up every staged row's code
/// afterwards (a quarter of a second for a million villages). A set of a few tens of thousands of codes, whatever the
/// size of the file.
/// </summary>
internal sealed class KnownAdminCodes(HashSet<string> codes)
{
    /// <summary>Reads the codes on the import's connection.</summary>
    public static async Task<KnownAdminCodes> LoadAsync(NpgsqlConnection connection, CancellationToken ct)
    {
        var codes = new HashSet<string>(StringComparer.Ordinal);
        await using var command = new NpgsqlCommand(ImportSqlTemplates.Read("select_admin_codes.sql"), connection) { CommandTimeout = 0 };
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            codes.Add(reader.GetString(0));
        }

        return new KnownAdminCodes(codes);
    }

    /// <summary>The report line for a declared code that names no unit, or null when it names one.</summary>
    public ImportProblem? Check(long row, string declared) => codes.Contains(declared)
        ? null
        : new ImportProblem(
            row, "declared_village_code", ImportProblemCodes.UnknownAdminCode, $"The declared code {declared} is not an administrative unit in the database.", declared,
            "Check the code against the 统计用区划代码 loaded (GET /api/v1/admin-units?within=<county>), or leave it empty.");
}
