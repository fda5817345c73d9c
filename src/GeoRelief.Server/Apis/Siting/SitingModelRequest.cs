namespace GeoRelief.Server.Apis.Siting;

/// <summary>
/// Overrides of the siting model; every field is optional and defaults to the literature value documented in
/// docs/siting.md. Units are in the names.
/// </summary>
public sealed record SitingModelRequest
{
    public double? SlopeLimit { get; init; }

    /// <summary>"degrees" (default) or "percent".</summary>
    public string? SlopeLimitUnit { get; init; }

    public double? AltitudeLimitMetres { get; init; }

    public double? GeohazardBufferMetres { get; init; }

    public double? HazardSusceptibilityRadiusMetres { get; init; }

    public double? SourceVillageMinimumMetres { get; init; }

    /// <summary>Slope bands in degrees.</summary>
    public BandsModel? SlopeBands { get; init; }

    /// <summary>Scores for none, low, medium, high susceptibility.</summary>
    public IReadOnlyList<double>? HazardScores { get; init; }

    public BandsModel? HardenedRoadBands { get; init; }

    public BandsModel? TownshipSeatBands { get; init; }

    public BandsModel? JobsBands { get; init; }

    public BandsModel? SchoolBands { get; init; }

    public BandsModel? ClinicBands { get; init; }

    /// <summary>Lower bounds of highly suitable, suitable, marginal.</summary>
    public IReadOnlyList<double>? ClassBreaks { get; init; }

    /// <summary>Direct weights by factor name (missing factors weigh 0); or use <see cref="Ahp"/>.</summary>
    public IReadOnlyDictionary<string, double>? Weights { get; init; }

    /// <summary>A pairwise comparison matrix over factor names; its weights are used when consistent.</summary>
    public AhpRequest? Ahp { get; init; }
}
