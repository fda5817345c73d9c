namespace GeoRelief.Core.Siting.Criteria;

/// <summary>The kinds of constraint zone a site lies in (geohazard: the zone or its buffer).</summary>
[Flags]
public enum ConstraintZones
{
    /// <summary>In no constraint zone.</summary>
    None = 0,

    /// <summary>Ecological red line.</summary>
    EcologicalRedLine = 1,

    /// <summary>Nature reserve.</summary>
    NatureReserve = 2,

    /// <summary>Permanent basic farmland.</summary>
    BasicFarmland = 4,

    /// <summary>Water-source protection zone.</summary>
    WaterSource = 8,

    /// <summary>A geohazard zone or its buffer.</summary>
    Geohazard = 16,

    /// <summary>Flood zone.</summary>
    FloodZone = 32,
}
