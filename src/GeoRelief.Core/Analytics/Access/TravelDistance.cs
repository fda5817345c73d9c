namespace GeoRelief.Core.Analytics.Access;

/// <summary>Distance (or travel time) from a demand location to a supply location; pairs not listed are unreachable.</summary>
/// <param name="DemandIndex">Index into the demand list (e.g. a relocation site or poor village).</param>
/// <param name="SupplyIndex">Index into the supply list (e.g. an industrial base).</param>
/// <param name="Distance">In the same unit as the catchment distance d0.</param>
public readonly record struct TravelDistance(int DemandIndex, int SupplyIndex, double Distance);
