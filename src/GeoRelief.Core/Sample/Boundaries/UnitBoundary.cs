using NetTopologySuite.Geometries;

namespace GeoRelief.Core.Sample.Boundaries;

/// <summary>A division with its synthetic boundary (EPSG:4490).</summary>
public sealed record UnitBoundary(Division Division, MultiPolygon Geometry);
