namespace GeoRelief.Core.Coordinates;

/// <summary>A position in any supported CRS: X is longitude or easting, Y is latitude or northing.</summary>
/// <remarks>
/// Always x = east, y = north, whatever axis order the EPSG register states (EPSG:4490 lists latitude first);
/// this is the order of GeoJSON, Shapefiles, PostGIS and every GIS a planner uses.
/// </remarks>
public readonly record struct CrsPoint(double X, double Y);
