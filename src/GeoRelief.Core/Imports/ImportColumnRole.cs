namespace GeoRelief.Core.Imports;

/// <summary>What a column of an input table is used for.</summary>
public enum ImportColumnRole
{
    /// <summary>Not used; listed in the report as ignored.</summary>
    Ignored,

    /// <summary>An attribute of the layer (see <see cref="ImportColumn.FieldIndex"/>).</summary>
    Field,

    /// <summary>Longitude or easting.</summary>
    Longitude,

    /// <summary>Latitude or northing.</summary>
    Latitude,

    /// <summary>A WKT geometry.</summary>
    Wkt,
}
