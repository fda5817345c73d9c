using GeoRelief.Core.Imports;

namespace GeoRelief.Data.Imports.Internal;

/// <summary>
/// What the stage checks each row against, read from the database before the file: the counties' boxes (positions far
/// outside every county), the administrative codes (a declared code must name one; null for a layer without declared
/// codes) and the keys the layer holds (whether any row names one; null when the layer is too large to hold them, see
/// <see cref="ExistingKeys"/>).
/// </summary>
internal sealed record StageLookups(IReadOnlyList<CountyExtent> Counties, KnownAdminCodes? AdminCodes, IReadOnlySet<string>? LayerKeys);
