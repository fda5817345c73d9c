namespace GeoRelief.Core.Coordinates;

/// <summary>Source and target systems of a <see cref="CrsTransformOp"/>.</summary>
public sealed class CrsTransformParameters
{
    /// <summary>Creates parameters for converting from <paramref name="source"/> to <paramref name="target"/>.</summary>
    public CrsTransformParameters(CoordinateReferenceSystem source, CoordinateReferenceSystem target)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(target);
        Source = source;
        Target = target;
    }

    /// <summary>The system the input coordinates are in.</summary>
    public CoordinateReferenceSystem Source { get; }

    /// <summary>The system the output coordinates are in.</summary>
    public CoordinateReferenceSystem Target { get; }

    /// <summary>Parameters from two identifiers or WKT texts accepted by <see cref="CrsRegistry.Parse"/>.</summary>
    public static CrsTransformParameters Parse(string source, string target) =>
        new(CrsRegistry.Parse(source), CrsRegistry.Parse(target));
}
