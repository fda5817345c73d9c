using GeoRelief.Core.Analytics.Weights;

namespace GeoRelief.Core.Analytics.Smoothing;

/// <summary>Options of <see cref="EmpiricalBayesSmoothingOp"/>.</summary>
public sealed class EmpiricalBayesParameters
{
    /// <summary>
    /// Null for global smoothing toward the overall rate; otherwise neighbours for local (spatial) smoothing toward the
    /// rate of each unit's window (the unit and its neighbours). Only the neighbour lists are used.
    /// </summary>
    public SpatialWeights? Neighbours { get; init; }
}
