namespace GeoRelief.Data.Ogc;

/// <summary>A page of features and how many match the filters in all.</summary>
public sealed record OgcFeaturePage(long NumberMatched, IReadOnlyList<OgcFeature> Features);
