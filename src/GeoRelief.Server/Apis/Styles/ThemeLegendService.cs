using GeoRelief.Core.Admin;
using GeoRelief.Core.Analytics.Classification;
using GeoRelief.Core.Styles;
using GeoRelief.Core.Tiles;
using GeoRelief.Data.Styles;
using GeoRelief.Data.Tiles;
using Npgsql;

namespace GeoRelief.Server.Apis.Styles;

/// <summary>
/// The legend of each map theme from the database: the poverty-density breaks are the very breaks the tiles bind
/// (<see cref="PovertyClassifier"/>, same data version), the other classed figures go through <see cref="ClassifyOp"/>,
/// and every class carries its count. Styles are drawn from these legends.
/// </summary>
public sealed class ThemeLegendService(NpgsqlDataSource dataSource, PovertyClassifier classifier, ThemeStatistics statistics)
{
    /// <summary>The themes with a style and a legend.</summary>
    public static IReadOnlyList<string> Themes { get; } = [.. MapThemes.All.Select(t => t.Name)];

    /// <summary>Road coverage classes (%, upper bounds): the 组组通 targets read against these thresholds.</summary>
    public static IReadOnlyList<double> RoadCoverageBreaks { get; } = [50, 80, 95, 100];

    /// <summary>The years with poverty figures, at the current data version.</summary>
    public async Task<IReadOnlyList<int>> PovertyYearsAsync(CancellationToken cancellationToken)
    {
        var state = await TileChangeFeed.ReadStateAsync(dataSource, cancellationToken);
        return await classifier.GetYearsAsync(state.DataVersion, cancellationToken);
    }

    /// <summary>
    /// The year a poverty map shows when none is asked for: the latest year in which some township has poor people
    /// (the last years of the campaign have none, and a map of zeros shows nothing); null without figures.
    /// </summary>
    public async Task<int?> DefaultPovertyYearAsync(PovertyDensityParameters poverty, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(poverty);
        var years = await PovertyYearsAsync(cancellationToken);
        foreach (var year in years.Reverse())
        {
            var values = await statistics.PovertyValuesAsync(AdminLevel.Township, year, poverty.Indicator, cancellationToken);
            if (values.Any(v => v > 0))
            {
                return year;
            }
        }

        return years.Count == 0 ? null : years[^1];
    }

    /// <summary>The legend of <paramref name="theme"/> (one of <see cref="Themes"/>).</summary>
    public async Task<ThemeLegend> BuildAsync(string theme, PovertyDensityParameters poverty, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(poverty);
        var version = (await TileChangeFeed.ReadStateAsync(dataSource, cancellationToken)).DataVersion;
        return theme switch
        {
            _ when theme == MapThemes.PovertyDensity.Name => await PovertyDensityAsync(poverty, version, cancellationToken),
            _ when theme == MapThemes.RoadCoverage.Name => await RoadCoverageAsync(version, cancellationToken),
            _ when theme == MapThemes.Relocation.Name => await RelocationAsync(version, cancellationToken),
            _ when theme == MapThemes.JobAccess.Name => await JobAccessAsync(poverty, version, cancellationToken),
            _ when theme == MapThemes.Admin.Name => await AdminAsync(version, cancellationToken),
            _ => throw new ArgumentOutOfRangeException(nameof(theme), theme, "Unknown theme."),
        };
    }

    /// <summary>The URL code of a classification method (jenks, quantile, equal, headtail).</summary>
    public static string MethodCode(ClassificationMethod method) => method switch
    {
        ClassificationMethod.FisherJenks => "jenks",
        ClassificationMethod.Quantile => "quantile",
        ClassificationMethod.EqualInterval => "equal",
        ClassificationMethod.HeadTail => "headtail",
        _ => "manual",
    };

    private async Task<ThemeLegend> PovertyDensityAsync(PovertyDensityParameters poverty, long version, CancellationToken cancellationToken)
    {
        var unit = poverty.Indicator == PovertyIndicator.Density ? LegendUnit.PersonsPerKm2 : LegendUnit.Percent;
        var firstVillageZoom = Enumerable.Range(0, TileLayerCatalog.MaxZoom + 1).First(z => AdminZoomLevels.Thematic(z) == AdminLevel.Village);
        var townships = await PovertyGroupAsync(AdminLevel.Township, poverty, unit, version, 0, firstVillageZoom, cancellationToken);
        var villages = await PovertyGroupAsync(AdminLevel.Village, poverty, unit, version, firstVillageZoom, null, cancellationToken);
        var year = (await classifier.GetBreaksAsync(AdminLevel.Township, poverty, version, cancellationToken)).Year;
        var (zh, en) = poverty.Indicator == PovertyIndicator.Density ? ("贫困人口密度", "Poverty density") : ("贫困发生率", "Poverty incidence");
        return new ThemeLegend(
            MapThemes.PovertyDensity.Name,
            $"{zh}（{year}年）",
            $"{en} ({year})",
            new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["year"] = year.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["indicator"] = TileRenderer.IndicatorCode(poverty.Indicator),
                ["method"] = MethodCode(poverty.Method),
                ["k"] = poverty.K.ToString(System.Globalization.CultureInfo.InvariantCulture),
            },
            version,
            [townships, villages]);
    }

    private async Task<LegendGroup> PovertyGroupAsync(
        AdminLevel level, PovertyDensityParameters poverty, LegendUnit unit, long version, int minZoom, int? maxZoom, CancellationToken cancellationToken)
    {
        var breaks = await classifier.GetBreaksAsync(level, poverty, version, cancellationToken);
        var values = await statistics.PovertyValuesAsync(level, breaks.Year, poverty.Indicator, cancellationToken);
        var colours = breaks.Breaks.Count == 0 ? [] : ColorRamps.Get(ColorRamps.DefaultSequential, breaks.Breaks.Count);
        var (name, zh, en) = level == AdminLevel.Township ? ("townships", "乡镇", "Townships") : ("villages", "行政村", "Villages");
        return new LegendGroup(name, zh, en, "poverty-density", null, minZoom, maxZoom, LegendSymbol.Fill, LegendClassing.ClassIndex, "class",
            LegendClasses.Classed(values, breaks.Breaks, colours, unit));
    }

    private async Task<ThemeLegend> RoadCoverageAsync(long version, CancellationToken cancellationToken)
    {
        var values = await statistics.RoadCoverageAsync(cancellationToken);
        var colours = ColorRamps.Get("Greens", RoadCoverageBreaks.Count);
        var counts = await statistics.CategoryCountsAsync("road-coverage", cancellationToken);
        return new ThemeLegend(MapThemes.RoadCoverage.Name, MapThemes.RoadCoverage.TitleZh, MapThemes.RoadCoverage.TitleEn, new Dictionary<string, string>(), version,
        [
            new LegendGroup("townships", "乡镇覆盖率", "Township coverage", "road-coverage", "township", 0, null, LegendSymbol.Fill,
                LegendClassing.UpperBounds, "coverage_pct", LegendClasses.Classed(values, RoadCoverageBreaks, colours, LegendUnit.Percent, lowerBound: 0)),
            new LegendGroup("roads", "道路", "Roads", "road-coverage", "road", TileLayerCatalog.RoadsFromZoom, null, LegendSymbol.Line,
                LegendClassing.Categories, "hardened",
                [
                    Category(counts, "roads", "true", "#1b7837", "硬化路", "Hardened road"),
                    Category(counts, "roads", "false", "#bf812d", "未硬化路", "Not hardened"),
                ]),
            new LegendGroup("natural_villages", "自然村", "Natural villages", "road-coverage", "natural_village", TileLayerCatalog.VillagesFromZoom, null,
                LegendSymbol.Circle, LegendClassing.Categories, "connected",
                [
                    Category(counts, "natural_villages", "true", "#2166ac", "已通硬化路（500 米内）", "Connected (hardened road within 500 m)"),
                    Category(counts, "natural_villages", "false", "#d6604d", "未通硬化路", "Not connected"),
                ]),
        ]);
    }

    private async Task<ThemeLegend> RelocationAsync(long version, CancellationToken cancellationToken)
    {
        var counts = await statistics.CategoryCountsAsync("relocation", cancellationToken);
        return new ThemeLegend(MapThemes.Relocation.Name, MapThemes.Relocation.TitleZh, MapThemes.Relocation.TitleEn, new Dictionary<string, string>(), version,
        [
            new LegendGroup("source_links", "搬迁来源", "Source villages → site", "relocation", "source_link", TileLayerCatalog.RelocationLinksFromZoom, null, LegendSymbol.Line,
                LegendClassing.Categories, "kind",
                [Category(counts, "source_links", "source_link", "#8c6bb1", "迁出自然村 → 安置点", "Source natural village → site")]),
            new LegendGroup("sites", "安置点", "Relocation sites", "relocation", "site", 0, null, LegendSymbol.Circle,
                LegendClassing.Categories, "status",
                [
                    Category(counts, "sites", "planned", "#bdbdbd", "规划", "Planned"),
                    Category(counts, "sites", "under_construction", "#fdae61", "在建", "Under construction"),
                    Category(counts, "sites", "completed", "#66bd63", "已竣工", "Completed"),
                    Category(counts, "sites", "moved_in", "#1a9850", "已入住", "Moved in"),
                ]),
        ]);
    }

    private async Task<ThemeLegend> JobAccessAsync(PovertyDensityParameters parameters, long version, CancellationToken cancellationToken)
    {
        var jobs = await statistics.IndustrialBaseJobsAsync(cancellationToken);
        IReadOnlyList<LegendClass> classes = [];
        if (jobs.Count > 0)
        {
            var classification = ClassifyOp.Classify(jobs, new ClassifyParameters { Method = parameters.Method, K = parameters.K, ColorRamp = "Purples" });
            classes = LegendClasses.Classed(jobs, classification.Breaks, classification.Colors, LegendUnit.Jobs);
        }

        var counts = await statistics.CategoryCountsAsync("job-access", cancellationToken);
        return new ThemeLegend(MapThemes.JobAccess.Name, MapThemes.JobAccess.TitleZh, MapThemes.JobAccess.TitleEn,
            new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["method"] = MethodCode(parameters.Method),
                ["k"] = parameters.K.ToString(System.Globalization.CultureInfo.InvariantCulture),
            },
            version,
        [
            new LegendGroup("natural_villages", "自然村", "Natural villages", "job-access", "natural_village", TileLayerCatalog.VillagesFromZoom, null,
                LegendSymbol.Circle, LegendClassing.Categories, "kind",
                [Category(counts, "natural_villages", "natural_village", "#969696", "自然村（属性含 10 公里内岗位数）", "Natural village (jobs within 10 km as attribute)")]),
            new LegendGroup("industrial_bases", "产业基地岗位", "Industrial bases by jobs", "job-access", "industrial_base", 0, null, LegendSymbol.Circle,
                LegendClassing.UpperBounds, "jobs", classes),
        ]);
    }

    private async Task<ThemeLegend> AdminAsync(long version, CancellationToken cancellationToken)
    {
        var counts = await statistics.CategoryCountsAsync("admin", cancellationToken);
        return new ThemeLegend(MapThemes.Admin.Name, MapThemes.Admin.TitleZh, MapThemes.Admin.TitleEn, new Dictionary<string, string>(), version,
        [
            new LegendGroup("units", "行政区划", "Administrative units", MapStyleBuilder.BoundaryLayer, null, 0, null, LegendSymbol.Fill,
                LegendClassing.Categories, "level",
                [
                    Category(counts, "units", "3", "#e5d8bd", "县级（z ≤ 7）", "Counties (z ≤ 7)"),
                    Category(counts, "units", "4", "#ccebc5", "乡级（z 8–10）", "Townships (z 8–10)"),
                    Category(counts, "units", "5", "#decbe4", "村级（z ≥ 11）", "Villages (z ≥ 11)"),
                ]),
        ]);
    }

    private static LegendClass Category(
        IReadOnlyDictionary<(string Group, string Value), long> counts, string group, string value, string colour, string zh, string en) =>
        new(null, null, value, colour, counts.GetValueOrDefault((group, value)), zh, en);
}
