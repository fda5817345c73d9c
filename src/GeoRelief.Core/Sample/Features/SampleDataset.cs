namespace GeoRelief.Core.Sample.Features;

/// <summary>Everything the sample holds, in a fixed order (by county, then by id), ready to write or load.</summary>
public sealed record SampleDataset
{
    /// <summary>The seed the dataset was generated from.</summary>
    public required int Seed { get; init; }

    /// <summary>Provinces and prefectures (no geometry), counties, townships and villages (synthetic geometry).</summary>
    public required IReadOnlyList<AdminUnitFeature> AdminUnits { get; init; }

    public required IReadOnlyList<NaturalVillage> NaturalVillages { get; init; }

    /// <summary>One row per natural village and year, 2014–2020.</summary>
    public required IReadOnlyList<VillageYear> VillageYears { get; init; }

    public required IReadOnlyList<Road> Roads { get; init; }

    public required IReadOnlyList<Facility> Facilities { get; init; }

    public required IReadOnlyList<RelocationSite> RelocationSites { get; init; }

    public required IReadOnlyList<RelocationSource> RelocationSources { get; init; }

    public required IReadOnlyList<IndustrialBase> IndustrialBases { get; init; }

    public required IReadOnlyList<ConstraintZone> ConstraintZones { get; init; }

    /// <summary>One grid per county.</summary>
    public required IReadOnlyList<ElevationGrid> ElevationGrids { get; init; }
}
