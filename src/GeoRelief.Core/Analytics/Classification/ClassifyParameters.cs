namespace GeoRelief.Core.Analytics.Classification;

/// <summary>Options of <see cref="ClassifyOp"/>; the defaults give five Fisher–Jenks classes coloured YlOrRd.</summary>
public sealed class ClassifyParameters
{
    /// <summary>How breaks are chosen.</summary>
    public ClassificationMethod Method { get; init; } = ClassificationMethod.FisherJenks;

    /// <summary>Number of classes wanted (k); for head/tail breaks the most classes allowed; ignored for manual breaks.</summary>
    public int K { get; init; } = 5;

    /// <summary>Upper bounds of the classes, strictly ascending; required for <see cref="ClassificationMethod.Manual"/> only.</summary>
    public IReadOnlyList<double>? ManualBreaks { get; init; }

    /// <summary>Head/tail breaks stop once the head holds this share of the values or more (Jiang's 40 %).</summary>
    public double HeadTailHeadLimit { get; init; } = 0.4;

    /// <summary>Name of the colour ramp, one of <see cref="ColorRamps.Names"/> (case-insensitive).</summary>
    public string ColorRamp { get; init; } = ColorRamps.DefaultSequential;
}
