namespace GeoRelief.Core.Siting.Allocation;

/// <summary>One row of the relocation plan on record: a source natural village, the site it moves to and the households it plans to move.</summary>
public sealed record RecordedPlanPair(string VillageId, string SiteId, int PlannedHouseholds);
