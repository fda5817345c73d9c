namespace GeoRelief.Core.Sample.Features;

/// <summary>
/// Every figure the synthetic sample of one county is calibrated to, in one place. Published figures
/// (DOMAIN.md) are marked "published"; the rest are plausible values chosen for the sample and listed
/// in data/README.md.
/// </summary>
public sealed record SampleCalibration
{
    /// <summary>First year of the poverty series.</summary>
    public const int FirstYear = 2014;

    /// <summary>Last year of the poverty series: the year absolute poverty ended.</summary>
    public const int LastYear = 2020;

    /// <summary>The year the natural villages' households and population describe, and the published figures refer to.</summary>
    public const int CalibrationYear = 2018;

    /// <summary>Natural villages with at least this many households must be reached by a hardened road (组组通).</summary>
    public const int GroupRoadHouseholdThreshold = 30;

    public required string CountyCode { get; init; }

    public required int MinNaturalVillagesPerVillage { get; init; }

    public required int MaxNaturalVillagesPerVillage { get; init; }

    /// <summary>Σ registered population of the natural villages in <see cref="CalibrationYear"/>.</summary>
    public required int RuralPopulation2018 { get; init; }

    public double MinPersonsPerHousehold { get; init; } = 3.5;

    public double MaxPersonsPerHousehold { get; init; } = 4.5;

    /// <summary>County poverty incidence in per cent for each year <see cref="FirstYear"/>…<see cref="LastYear"/>; the poor total of a year is round(incidence × registered total).</summary>
    public required IReadOnlyList<double> IncidencePercentByYear { get; init; }

    /// <summary>Centres of concentrated poverty, so that hot-spot analysis has something to find.</summary>
    public required int HotSpotCount { get; init; }

    public required double HotSpotRadiusKm { get; init; }

    /// <summary>Share of natural villages with ≥ 30 households left without a hardened road of their own.</summary>
    public required double UnconnectedShare { get; init; }

    /// <summary>Households moved into completed sites (status moved_in) by the calibration year.</summary>
    public required int RelocationMovedInHouseholds { get; init; }

    /// <summary>Persons moved into completed sites by the calibration year.</summary>
    public required int RelocationMovedInPersons { get; init; }

    public required int RelocationMovedInSiteCount { get; init; }

    /// <summary>Persons of the batch still under construction in the calibration year (planned − moved-in over the county).</summary>
    public required int RelocationBatchPlannedPersons { get; init; }

    /// <summary>Household-weighted main-works completion of the batch under construction, per cent.</summary>
    public required decimal RelocationBatchProgressPct { get; init; }

    public required int RelocationBatchSiteCount { get; init; }

    /// <summary>Σ dividend households of the county's enclave (飞地) bases; only enclave bases pay dividends in the sample.</summary>
    public required int EnclaveDividendHouseholds { get; init; }

    public required TerrainKind Terrain { get; init; }

    public required double MinElevationMetres { get; init; }

    public required double MaxElevationMetres { get; init; }

    public required string RiverName { get; init; }

    /// <summary>Where the main river enters and leaves, as fractions (x from west, y from south) of the county's bounding box.</summary>
    public required (double X, double Y) RiverEntry { get; init; }

    public required (double X, double Y) RiverExit { get; init; }

    public required double FloodZoneHalfWidthKm { get; init; }

    /// <summary>Typical size of constraint blobs and distances on the ground; the larger county has a coarser pattern.</summary>
    public required double LandscapeScaleKm { get; init; }

    /// <summary>Local crops of the planting bases.</summary>
    public required IReadOnlyList<string> Crops { get; init; }

    /// <summary>Local livestock of the breeding bases.</summary>
    public required IReadOnlyList<string> Livestock { get; init; }

    /// <summary>Whether natural villages are named like Dong and Miao hamlets (…组) or northern hamlets (…屯).</summary>
    public required bool SouthernPlaceNames { get; init; }

    /// <summary>
    /// 锦屏县. Published (DOMAIN.md, 2018): 2,267 households / 9,955 persons moved in, 7,189 more persons
    /// planned, main works 48 % complete, 6,866 households received enclave dividends.
    /// </summary>
    public static SampleCalibration Jinping { get; } = new()
    {
        CountyCode = "522628",
        MinNaturalVillagesPerVillage = 5,
        MaxNaturalVillagesPerVillage = 15,
        RuralPopulation2018 = 186_400,
        IncidencePercentByYear = [20.0, 16.2, 12.1, 8.3, 4.6, 1.4, 0.0],
        HotSpotCount = 3,
        HotSpotRadiusKm = 4,
        UnconnectedShare = 0.06,
        RelocationMovedInHouseholds = 2_267,
        RelocationMovedInPersons = 9_955,
        RelocationMovedInSiteCount = 5,
        RelocationBatchPlannedPersons = 7_189,
        RelocationBatchProgressPct = 48.0m,
        RelocationBatchSiteCount = 4,
        EnclaveDividendHouseholds = 6_866,
        Terrain = TerrainKind.Hills,
        MinElevationMetres = 300,
        MaxElevationMetres = 1_300,
        RiverName = "清水江",
        RiverEntry = (0.0, 0.55),
        RiverExit = (1.0, 0.42),
        FloodZoneHalfWidthKm = 0.25,
        LandscapeScaleKm = 1.5,
        Crops = ["油茶", "茶叶", "中药材", "食用菌", "蓝莓"],
        Livestock = ["生猪", "黄牛", "稻田鱼", "林下鸡"],
        SouthernPlaceNames = true,
    };

    /// <summary>
    /// 扎赉特旗. Published (DOMAIN.md): 3,614 poor remaining at the end of 2018, incidence 1.16 % — so the
    /// 2018 registered rural population is 3,614 / 1.16 % = 311,552.
    /// </summary>
    public static SampleCalibration Jalaid { get; } = new()
    {
        CountyCode = "152223",
        MinNaturalVillagesPerVillage = 3,
        MaxNaturalVillagesPerVillage = 9,
        RuralPopulation2018 = 311_552,
        IncidencePercentByYear = [12.0, 9.3, 6.4, 3.7, 1.16, 0.29, 0.0],
        HotSpotCount = 3,
        HotSpotRadiusKm = 10,
        UnconnectedShare = 0.05,
        RelocationMovedInHouseholds = 486,
        RelocationMovedInPersons = 1_944,
        RelocationMovedInSiteCount = 3,
        RelocationBatchPlannedPersons = 0,
        RelocationBatchProgressPct = 0m,
        RelocationBatchSiteCount = 0,
        EnclaveDividendHouseholds = 3_120,
        Terrain = TerrainKind.NorthWestUpland,
        MinElevationMetres = 150,
        MaxElevationMetres = 1_000,
        RiverName = "绰尔河",
        RiverEntry = (0.0, 0.88),
        RiverExit = (1.0, 0.12),
        FloodZoneHalfWidthKm = 0.6,
        LandscapeScaleKm = 4,
        Crops = ["水稻", "玉米", "大豆", "杂粮", "甜菜"],
        Livestock = ["肉牛", "肉羊", "生猪", "奶牛"],
        SouthernPlaceNames = false,
    };

    /// <summary>The calibration of a sample county, by its 6-digit code.</summary>
    public static SampleCalibration For(string countyCode) => countyCode switch
    {
        "522628" => Jinping,
        "152223" => Jalaid,
        _ => throw new ArgumentException($"No sample calibration for county {countyCode}; add one to SampleCalibration.", nameof(countyCode)),
    };

    /// <summary>Incidence in per cent of a year of the series.</summary>
    public double IncidencePercent(int year) => IncidencePercentByYear[year - FirstYear];
}
