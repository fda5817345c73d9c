namespace GeoRelief.Core.Siting.Allocation;

/// <summary>One natural village sent whole to one site.</summary>
/// <param name="VillageId">The natural village.</param>
/// <param name="SiteId">The site.</param>
/// <param name="Households">Its households.</param>
/// <param name="CostPerHousehold">The travel cost per household.</param>
public sealed record AllocationAssignment(string VillageId, string SiteId, int Households, double CostPerHousehold);
