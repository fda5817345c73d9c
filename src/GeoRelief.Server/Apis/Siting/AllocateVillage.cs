namespace GeoRelief.Server.Apis.Siting;

/// <summary>A source village of an allocation request.</summary>
public sealed record AllocateVillage(string Id, int? Households);
