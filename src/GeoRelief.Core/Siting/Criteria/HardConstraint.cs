namespace GeoRelief.Core.Siting.Criteria;

/// <summary>A rule a relocation site must pass; a site failing any one is excluded whatever its score.</summary>
public enum HardConstraint
{
    /// <summary>Outside the ecological protection red line (生态保护红线).</summary>
    EcologicalRedLine,

    /// <summary>Outside nature reserves.</summary>
    NatureReserve,

    /// <summary>Outside permanent basic farmland (永久基本农田).</summary>
    BasicFarmland,

    /// <summary>Outside drinking-water source protection zones.</summary>
    WaterSource,

    /// <summary>Outside geohazard zones and their buffer.</summary>
    Geohazard,

    /// <summary>Outside flood zones.</summary>
    FloodZone,

    /// <summary>Slope at or below the limit.</summary>
    SlopeLimit,

    /// <summary>Elevation at or below the regional limit.</summary>
    AltitudeLimit,

    /// <summary>At least the minimum distance from the source (host) villages being moved.</summary>
    SourceVillageDistance,
}
