namespace GeoRelief.Data.Siting;

/// <summary>A stored grid evaluation.</summary>
/// <param name="Id">The run id (for tiles, GeoTIFF and cells).</param>
/// <param name="CreatedAt">When it was evaluated.</param>
/// <param name="Area">The admin code, or "polygon".</param>
/// <param name="Grid">Where the grid lies.</param>
/// <param name="DataVersion">The data version it was evaluated on.</param>
/// <param name="ParametersJson">The model it was scored with (JSON).</param>
/// <param name="SummaryJson">Cells per class and per failed constraint (JSON).</param>
/// <param name="Stale">True when planning data changed since: evaluate again for current results.</param>
public sealed record SuitabilityRun(
    long Id, DateTimeOffset CreatedAt, string Area, GridGeoreference Grid, long DataVersion, string ParametersJson, string SummaryJson, bool Stale);
