namespace GeoRelief.Core.Sample.Boundaries;

/// <summary>Knobs of <see cref="CountyPartitionOp"/>; the defaults give plausible boundaries at county to village scale.</summary>
public sealed class CountyPartitionParameters
{
    /// <summary>Grid of the output coordinates, per degree: 1e7 is about 1 cm. Shared vertices are exact on this grid.</summary>
    public double PrecisionScale { get; init; } = 1e7;

    /// <summary>Vertices of the county outline before edges are noded in.</summary>
    public int OutlineVertexCount { get; init; } = 560;

    /// <summary>Log-radius amplitude scale of the outline's harmonics; 0 gives a circle, 0.25 a convincingly ragged county.</summary>
    public double OutlineRoughness { get; init; } = 0.25;

    /// <summary>Lloyd rounds for townships; few enough that cells stay irregular.</summary>
    public int TownshipRelaxationSteps { get; init; } = 4;

    /// <summary>Lloyd rounds for villages.</summary>
    public int VillageRelaxationSteps { get; init; } = 4;

    /// <summary>Newton steps on the power-diagram weights per Lloyd round (bring cell areas to their targets).</summary>
    public int CapacitySteps { get; init; } = 3;

    /// <summary>Midpoint-displacement amplitude of township edges, as a fraction of the piece length.</summary>
    public double TownshipWiggle { get; init; } = 0.12;

    /// <summary>Midpoint-displacement amplitude of village edges.</summary>
    public double VillageWiggle { get; init; } = 0.10;

    /// <summary>Edges are subdivided until pieces are at most this long (metres).</summary>
    public double MaxPieceLengthMetres { get; init; } = 250;

    /// <summary>How far township edges reach past the county outline before being cut (metres), so they cross it cleanly.</summary>
    public double TownshipOverreachMetres { get; init; } = 50;

    /// <summary>How far village edges reach past their township's boundary (metres).</summary>
    public double VillageOverreachMetres { get; init; } = 30;

    internal void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(PrecisionScale, 1e3);
        ArgumentOutOfRangeException.ThrowIfLessThan(OutlineVertexCount, 16);
        ArgumentOutOfRangeException.ThrowIfNegative(OutlineRoughness);
        ArgumentOutOfRangeException.ThrowIfNegative(TownshipRelaxationSteps);
        ArgumentOutOfRangeException.ThrowIfNegative(VillageRelaxationSteps);
        ArgumentOutOfRangeException.ThrowIfNegative(CapacitySteps);
        ArgumentOutOfRangeException.ThrowIfNegative(TownshipWiggle);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(TownshipWiggle, 0.25);
        ArgumentOutOfRangeException.ThrowIfNegative(VillageWiggle);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(VillageWiggle, 0.25);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(MaxPieceLengthMetres);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(TownshipOverreachMetres);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(VillageOverreachMetres);
    }
}
