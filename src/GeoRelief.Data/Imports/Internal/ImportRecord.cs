using NetTopologySuite.Geometries;

namespace GeoRelief.Data.Imports.Internal;

/// <summary>One row or feature as read: its attribute texts by field index, and its geometry in the input's coordinates.</summary>
internal sealed record ImportRecord(long Row, string?[] Values, Geometry? Geometry, string? GeometryProblem);
