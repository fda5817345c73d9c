namespace GeoRelief.Core.Siting.Grid;

/// <summary>
/// Per-cell measurements of a grid, row-major from the north-west corner. NaN in a float layer means no data;
/// a distance of +∞ means no such feature within the grid.
/// </summary>
/// <param name="Width">Columns.</param>
/// <param name="Height">Rows.</param>
/// <param name="InArea">Whether each cell's centre lies in the evaluated area.</param>
/// <param name="SlopeDegrees">Slope.</param>
/// <param name="ElevationMetres">Elevation.</param>
/// <param name="Zones">Bits of <see cref="Criteria.ConstraintZones"/>.</param>
/// <param name="Hazard">A <see cref="Criteria.HazardLevel"/> per cell.</param>
/// <param name="HardenedRoadMetres">Distance to the nearest hardened road.</param>
/// <param name="TownshipSeatMetres">Distance to the nearest township seat.</param>
/// <param name="JobsMetres">Distance to the nearest base with jobs.</param>
/// <param name="SchoolMetres">Distance to the nearest school.</param>
/// <param name="ClinicMetres">Distance to the nearest clinic.</param>
/// <param name="SourceVillageMetres">Distance to the nearest source village, or null when none is given.</param>
/// <param name="AspectDegrees">Aspect, degrees clockwise from north, −1 where flat (NaN no data); null when not measured.</param>
public sealed record SuitabilityGridInput(
    int Width,
    int Height,
    bool[] InArea,
    float[] SlopeDegrees,
    float[] ElevationMetres,
    byte[] Zones,
    byte[] Hazard,
    float[] HardenedRoadMetres,
    float[] TownshipSeatMetres,
    float[] JobsMetres,
    float[] SchoolMetres,
    float[] ClinicMetres,
    float[]? SourceVillageMetres,
    float[]? AspectDegrees = null);
