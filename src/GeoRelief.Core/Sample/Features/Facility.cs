using NetTopologySuite.Geometries;

namespace GeoRelief.Core.Sample.Features;

/// <summary>A township seat, school, clinic or market.</summary>
/// <param name="TownshipCode">The township the facility serves (its seat's township for seats).</param>
public sealed record Facility(string Id, string Name, FacilityKind Kind, string TownshipCode, Point Location);
