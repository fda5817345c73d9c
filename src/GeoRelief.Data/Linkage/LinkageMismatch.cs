namespace GeoRelief.Data.Linkage;

/// <summary>A feature whose declared village code disagrees with where it lies.</summary>
/// <param name="Layer">natural-villages or relocation-sites.</param>
/// <param name="DeclaredVillageCode">The code the source file gave.</param>
/// <param name="VillageCode">The village it lies in (null when it lies in none).</param>
/// <param name="TownshipCode">The township it lies in.</param>
/// <param name="DistanceM">Metres from the feature to the declared unit (null when the declared code is unknown).</param>
public sealed record LinkageMismatch(
    string Layer, string Id, string Name, string DeclaredVillageCode, string? VillageCode, string? TownshipCode, double? DistanceM, double Lon, double Lat);
