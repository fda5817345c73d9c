namespace GeoRelief.Core.Analytics.Weights;

/// <summary>How the weight of each neighbour is set.</summary>
public enum WeightsTransform
{
    /// <summary>Every neighbour weighs 1.</summary>
    Binary,

    /// <summary>Every neighbour of a unit weighs 1 / (its number of neighbours), so each row sums to 1.</summary>
    RowStandardised,
}
