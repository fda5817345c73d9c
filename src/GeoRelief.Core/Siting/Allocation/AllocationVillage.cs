namespace GeoRelief.Core.Siting.Allocation;

/// <summary>A source natural village that moves whole: its demand in households.</summary>
public sealed record AllocationVillage(string Id, int Households);
