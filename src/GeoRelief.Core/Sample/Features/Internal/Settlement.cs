using NetTopologySuite.Geometries;

namespace GeoRelief.Core.Sample.Features.Internal;

/// <summary>A natural village while it is being generated, with the hidden drivers of its figures.</summary>
internal sealed class Settlement
{
    public required string Id { get; init; }

    public required string Name { get; init; }

    public required string VillageCode { get; init; }

    public required string TownshipCode { get; init; }

    public required Coordinate Location { get; init; }

    /// <summary>The first natural village of its administrative village, where the village committee sits.</summary>
    public required bool IsMain { get; init; }

    public required double ElevationMetres { get; init; }

    /// <summary>0 outside the poverty hot spots, about 1 at a centre.</summary>
    public required double Hotness { get; init; }

    /// <summary>Relative poverty risk: remoteness, height and chance.</summary>
    public required double Risk { get; init; }

    public required double PersonsPerHousehold { get; init; }

    /// <summary>Yearly change of the register relative to 2018 (out-migration mostly).</summary>
    public required double RegisterDrift { get; init; }

    public int Households { get; set; }

    public int Population { get; set; }

    public NaturalVillage ToRecord() => new(Id, Name, VillageCode, Households, Population, SampleGeometry.Point(Location));
}
