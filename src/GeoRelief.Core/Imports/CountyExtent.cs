using NetTopologySuite.Geometries;

namespace GeoRelief.Core.Imports;

/// <summary>A county's code, name and bounding box in CGCS2000 degrees: where imported features are expected to lie.</summary>
public sealed record CountyExtent(string Code, string Name, Envelope Envelope);
