namespace GeoRelief.Data.Siting;

/// <summary>A relocation site already in the data, with the natural villages moving there.</summary>
public sealed record ExistingSite(string Id, string Name, string GeometryGeoJson, int PlannedHouseholds, string Status, IReadOnlyList<string> SourceVillageIds);
