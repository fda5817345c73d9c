using GeoRelief.Core.Siting.Scoring;

namespace GeoRelief.Data.Siting;

/// <summary>A candidate with what was measured there.</summary>
public sealed record MeasuredCandidate(string Id, string GeometryGeoJson, SiteMeasurement Measurement);
