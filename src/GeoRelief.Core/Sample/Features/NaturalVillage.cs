using NetTopologySuite.Geometries;

namespace GeoRelief.Core.Sample.Features;

/// <summary>A natural village or group (自然村/组), the smallest unit GeoRelief stores: counts, never persons.</summary>
/// <param name="Id">Administrative village code + "-" + two-digit local suffix (natural villages have no official code).</param>
/// <param name="VillageCode">The administrative village the record declares; the database also stores the located one.</param>
/// <param name="Households">Registered households (2018 register, the calibration year).</param>
/// <param name="Population">Registered persons (2018 register); equals the 2018 <see cref="VillageYear.RegisteredPopulation"/>.</param>
public sealed record NaturalVillage(string Id, string Name, string VillageCode, int Households, int Population, Point Location);
