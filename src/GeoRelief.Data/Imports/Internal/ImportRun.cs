using GeoRelief.Core.Imports;
using GeoRelief.Data.Layers;

namespace GeoRelief.Data.Imports.Internal;

/// <summary>The running totals of one import, written to its import_batch row.</summary>
internal sealed class ImportRun(ImportRequest request, LayerDefinition layer, ImportFormat format, DateTimeOffset started)
{
    public ImportRequest Request { get; } = request;

    public LayerDefinition Layer { get; } = layer;

    public ImportFormat Format { get; } = format;

    public DateTimeOffset Started { get; } = started;

    public long BatchId { get; set; }

    public string Crs { get; set; } = "EPSG:4490";

    public string? Encoding { get; set; }

    public ImportStatus Status { get; set; } = ImportStatus.Rejected;

    public long RowsRead { get; set; }

    public long RowsRejected { get; set; }

    public long Inserted { get; set; }

    public long Updated { get; set; }

    public long Unchanged { get; set; }

    public long Errors { get; set; }

    public long Warnings { get; set; }
}
