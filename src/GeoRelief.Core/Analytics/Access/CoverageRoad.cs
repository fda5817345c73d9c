using NetTopologySuite.Geometries;

namespace GeoRelief.Core.Analytics.Access;

/// <summary>A road that counts for coverage (e.g. hardened and existing), as a line of longitude/latitude vertices.</summary>
public sealed record CoverageRoad(string Id, IReadOnlyList<Coordinate> Vertices);
