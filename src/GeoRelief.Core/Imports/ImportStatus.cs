using System.Text.Json.Serialization;

namespace GeoRelief.Core.Imports;

/// <summary>How an import batch ended.</summary>
[JsonConverter(typeof(ImportStatusJsonConverter))]
public enum ImportStatus
{
    /// <summary>Valid rows were written (all of them, or with --skip-invalid the valid ones; the rest are quarantined).</summary>
    Committed,

    /// <summary>At least one row (or the file) was wrong and --skip-invalid was not given: nothing was written.</summary>
    Rejected,

    /// <summary>--dry-run: checked and reported, nothing written.</summary>
    DryRun,
}
