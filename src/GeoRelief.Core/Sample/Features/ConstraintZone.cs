using NetTopologySuite.Geometries;

namespace GeoRelief.Core.Sample.Features;

/// <summary>A zone where resettlement may not be built; always a valid MultiPolygon inside its county.</summary>
/// <param name="Risk">Only for geohazard zones.</param>
public sealed record ConstraintZone(string Id, string Name, ConstraintZoneKind Kind, GeohazardRisk? Risk, MultiPolygon Geometry);
