using ProjNet.CoordinateSystems;

namespace GeoRelief.Core.Coordinates;

/// <summary>A parsed coordinate reference system that GeoRelief can convert to and from CGCS2000; obtain one from <see cref="CrsRegistry"/>.</summary>
public sealed class CoordinateReferenceSystem
{
    internal CoordinateReferenceSystem(CrsKind kind, string identifier, string name, int? epsgCode, CoordinateSystem? projNetSystem)
    {
        Kind = kind;
        Identifier = identifier;
        Name = name;
        EpsgCode = epsgCode;
        ProjNetSystem = projNetSystem;
    }

    /// <summary>How positions in this system are converted.</summary>
    public CrsKind Kind { get; }

    /// <summary>Canonical identifier: "EPSG:4527", "GCJ-02", "BD-09", or for a WKT without authority its own name.</summary>
    public string Identifier { get; }

    /// <summary>Human-readable name, e.g. "CGCS2000 / 3-degree Gauss-Kruger zone 39".</summary>
    public string Name { get; }

    /// <summary>EPSG code usable as a geometry SRID, or null (GCJ-02, BD-09 and WKTs without an EPSG authority have none).</summary>
    public int? EpsgCode { get; }

    /// <summary>True when coordinates are longitude/latitude in degrees rather than metres.</summary>
    public bool IsGeographic => Kind is not (CrsKind.Projected or CrsKind.OtherDatum) || ProjNetSystem is GeographicCoordinateSystem;

    /// <summary>The ProjNET definition for <see cref="CrsKind.Projected"/> and <see cref="CrsKind.OtherDatum"/>; null otherwise.</summary>
    internal CoordinateSystem? ProjNetSystem { get; }

    /// <inheritdoc/>
    public override string ToString() => Identifier == Name ? Identifier : $"{Identifier} ({Name})";
}
