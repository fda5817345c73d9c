namespace GeoRelief.Server.Apis.Siting;

/// <summary>The sites already built or planned, scored with the model, with counts per class.</summary>
public sealed record ExistingSitesResult(IReadOnlyDictionary<string, int> CountsPerClass, IReadOnlyList<SiteResult> Sites);
