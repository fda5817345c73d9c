namespace GeoRelief.Core.Siting.Grid;

/// <summary>The evaluated grid, row-major from the north-west; cells outside the area hold NaN / 255 / −1.</summary>
/// <param name="Width">Columns.</param>
/// <param name="Height">Rows.</param>
/// <param name="Suitability">0–100 where every constraint passes, 0 where one fails, NaN outside the area.</param>
/// <param name="Score">Σ w·s regardless of constraints, NaN outside the area.</param>
/// <param name="Class">A <see cref="Criteria.SuitabilityClass"/> per cell, 255 outside the area.</param>
/// <param name="Failed">Bit mask of failed <see cref="Criteria.HardConstraint"/>s.</param>
/// <param name="MainObstacle">The factor with the largest obstacle degree, −1 when none (or outside).</param>
/// <param name="CellsInArea">Cells evaluated.</param>
/// <param name="CellsPerClass">Cells per class, indexed by <see cref="Criteria.SuitabilityClass"/>.</param>
/// <param name="CellsFailingConstraint">Cells failing each constraint, indexed by <see cref="Criteria.HardConstraint"/>.</param>
/// <param name="AspectDegrees">Aspect of each cell in the area (degrees clockwise from north, −1 flat), NaN outside or without DEM.</param>
public sealed record SuitabilityGridResult(
    int Width,
    int Height,
    float[] Suitability,
    float[] Score,
    byte[] Class,
    short[] Failed,
    sbyte[] MainObstacle,
    int CellsInArea,
    IReadOnlyList<int> CellsPerClass,
    IReadOnlyList<int> CellsFailingConstraint,
    float[] AspectDegrees);
