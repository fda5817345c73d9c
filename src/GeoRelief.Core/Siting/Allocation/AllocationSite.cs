namespace GeoRelief.Core.Siting.Allocation;

/// <summary>A relocation site (existing or candidate) with its capacity in households.</summary>
public sealed record AllocationSite(string Id, int Capacity);
