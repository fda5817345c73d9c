using NetTopologySuite.Geometries;

namespace GeoRelief.Core.Sample.Boundaries;

/// <summary>
/// Boundaries of one county, its townships and their villages (EPSG:4490, fixed precision). The townships
/// tile the county and the villages of each township tile it, with identical vertices on shared edges.
/// </summary>
/// <param name="Townships">In code order.</param>
/// <param name="Villages">In code order (which groups them by township).</param>
public sealed record CountyPartition(MultiPolygon County, IReadOnlyList<UnitBoundary> Townships, IReadOnlyList<UnitBoundary> Villages);
