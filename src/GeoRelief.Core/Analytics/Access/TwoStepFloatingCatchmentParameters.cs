namespace GeoRelief.Core.Analytics.Access;

/// <summary>Options of <see cref="TwoStepFloatingCatchmentOp"/>.</summary>
public sealed class TwoStepFloatingCatchmentParameters
{
    /// <summary>Catchment d0, in the unit of the distances (metres, km or minutes); a pair exactly at d0 is within reach.</summary>
    public required double CatchmentDistance { get; init; }
}
