namespace GeoRelief.Core.Analytics.Access;

/// <summary>Who counts and how far is "connected".</summary>
public sealed class RoadCoverageParameters
{
    /// <summary>
    /// Radius of the sphere distances are measured on: the mean radius (2a + b) / 3 of the CGCS2000 ellipsoid, as
    /// PostGIS uses for geography distances with use_spheroid = false.
    /// </summary>
    public const double Cgcs2000SphereRadius = (2 * 6378137.0 + (6378137.0 * (1 - (1 / 298.257222101)))) / 3;

    /// <summary>组组通 is about natural villages of at least 30 households: the default of the analysis and of the map.</summary>
    public const int DefaultMinHouseholds = 30;

    /// <summary>
    /// "Connected" by default: a hardened road within 500 m. No national tolerance exists (DOMAIN.md), so it is a
    /// parameter of the analysis; the map and its legend use this default.
    /// </summary>
    public const double DefaultThresholdMetres = 500;

    /// <summary>Settlements with fewer households are left out (组组通: 30).</summary>
    public int MinHouseholds { get; init; }

    /// <summary>A settlement is within reach when its nearest road is at most this far (metres).</summary>
    public required double ThresholdMetres { get; init; }

    /// <summary>Sphere radius in metres.</summary>
    public double SphereRadiusMetres { get; init; } = Cgcs2000SphereRadius;
}
