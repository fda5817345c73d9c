namespace GeoRelief.Core.Siting.Criteria;

/// <summary>A scored factor (0–100) of site suitability.</summary>
public enum SuitabilityFactor
{
    /// <summary>Terrain slope, in degrees, scored by bands.</summary>
    Slope,

    /// <summary>Geohazard susceptibility: the highest risk level of geohazard zones within the susceptibility radius.</summary>
    HazardSusceptibility,

    /// <summary>Distance to the nearest hardened (asphalt/concrete/paved), existing road.</summary>
    HardenedRoad,

    /// <summary>Distance to the nearest township seat.</summary>
    TownshipSeat,

    /// <summary>Distance to the nearest industrial base or workshop offering jobs.</summary>
    Jobs,

    /// <summary>Distance to the nearest school.</summary>
    School,

    /// <summary>Distance to the nearest clinic.</summary>
    Clinic,
}
