using GeoRelief.Core.Siting.Criteria;

namespace GeoRelief.Core.Siting.Scoring;

/// <summary>What was measured at a site or grid cell. A null distance means no such feature was found within reach.</summary>
/// <param name="SlopeDegrees">Terrain slope in degrees; null where the DEM has no value (treated as failing the slope limit).</param>
/// <param name="ElevationMetres">Elevation in metres; null where the DEM has no value (treated as passing).</param>
/// <param name="Zones">The constraint zones the site lies in (geohazard including its buffer).</param>
/// <param name="Hazard">The highest geohazard risk within the susceptibility radius.</param>
/// <param name="HardenedRoadMetres">Distance to the nearest hardened existing road.</param>
/// <param name="TownshipSeatMetres">Distance to the nearest township seat.</param>
/// <param name="JobsMetres">Distance to the nearest industrial base or workshop with jobs.</param>
/// <param name="SchoolMetres">Distance to the nearest school.</param>
/// <param name="ClinicMetres">Distance to the nearest clinic.</param>
/// <param name="SourceVillageMetres">Distance to the nearest source village being moved; null when none is given.</param>
/// <param name="AspectDegrees">Aspect (<see cref="Criteria.Aspect"/>): degrees clockwise from north, −1 where flat, null where the DEM has no value. Reported, not scored.</param>
public readonly record struct SiteMeasurement(
    double? SlopeDegrees,
    double? ElevationMetres,
    ConstraintZones Zones,
    HazardLevel Hazard,
    double? HardenedRoadMetres,
    double? TownshipSeatMetres,
    double? JobsMetres,
    double? SchoolMetres,
    double? ClinicMetres,
    double? SourceVillageMetres,
    double? AspectDegrees = null);
