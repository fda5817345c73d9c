using GeoRelief.Core.Coordinates;

namespace GeoRelief.Data.Imports.Internal;

/// <summary>
/// The input's coordinate system: converted in C# when GeoRelief's registry knows it (GCJ-02, BD-09, Gauss–Krüger,
/// UTM, a .prj), or by PostGIS ST_Transform for any other EPSG code in spatial_ref_sys.
/// </summary>
internal sealed record ResolvedCrs(string Identifier, CoordinateReferenceSystem? Registered, int? PostgisSrid);
