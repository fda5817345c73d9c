using GeoRelief.Core.Coordinates;

namespace GeoRelief.Core.Imports;

/// <summary>What <see cref="PositionCheckOp"/> checks positions against.</summary>
/// <param name="Source">The system the input coordinates are in.</param>
/// <param name="Counties">The counties of the database; empty turns the county test off.</param>
/// <param name="MarginDegrees">How far outside every county's box a feature may lie before it is "far outside" (default 0.05°, about 5 km).</param>
public sealed record PositionCheckParameters(CoordinateReferenceSystem Source, IReadOnlyList<CountyExtent> Counties, double MarginDegrees = PositionCheckParameters.DefaultMarginDegrees)
{
    /// <summary>Default margin around a county's bounding box, degrees (about 5 km).</summary>
    public const double DefaultMarginDegrees = 0.05;
}
