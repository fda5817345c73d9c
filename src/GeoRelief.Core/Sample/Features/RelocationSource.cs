namespace GeoRelief.Core.Sample.Features;

/// <summary>A natural village that moves (as a whole, or its last part) to a site.</summary>
public sealed record RelocationSource(string SiteId, string NaturalVillageId, int PlannedHouseholds);
