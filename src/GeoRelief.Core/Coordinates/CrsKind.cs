namespace GeoRelief.Core.Coordinates;

/// <summary>How a coordinate reference system is converted to and from CGCS2000.</summary>
public enum CrsKind
{
    /// <summary>CGCS2000 geographic (EPSG:4490), the storage system.</summary>
    Cgcs2000,

    /// <summary>WGS84 geographic (EPSG:4326), numerically identical to CGCS2000 for planning purposes.</summary>
    Wgs84,

    /// <summary>GCJ-02 (AMap, Tencent, Google China), converted with the public formula and an iterative inverse.</summary>
    Gcj02,

    /// <summary>BD-09 (Baidu), converted through GCJ-02.</summary>
    Bd09,

    /// <summary>A map projection on CGCS2000 or WGS84 (Gauss–Krüger, UTM, Web Mercator, a .prj), computed by ProjNET.</summary>
    Projected,

    /// <summary>A system on another datum whose WKT carries TOWGS84 shift parameters, computed by ProjNET.</summary>
    OtherDatum,
}
