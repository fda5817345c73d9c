namespace GeoRelief.Data.Linkage;

/// <summary>Which mismatches to list: of one layer and/or within one unit (declared or located), one page.</summary>
public sealed record LinkageMismatchQuery(string? Layer, string? Within, int Limit, int Offset);
