namespace GeoRelief.Core.Analytics.Access;

/// <summary>Options of <see cref="TwoStepFloatingCatchmentOp"/>.</summary>
public sealed class TwoStepFloatingCatchmentParameters
{
    /// <summary>Jobs within commuting reach by default: 10 km, for the job-access analysis and the map.</summary>
    public const double DefaultJobCommuteMetres = 10_000;

    /// <summary>Catchment d0, in the unit of the distances (metres, km or minutes); a pair exactly at d0 is within reach.</summary>
    public required double CatchmentDistance { get; init; }
}
