namespace GeoRelief.Server.Apis.Styles;

/// <summary>A map theme: a MapLibre style and a legend (<c>/styles/{Name}.json</c>, <c>/legends/{Name}.json</c>).</summary>
/// <param name="Name">The theme's name in the URLs.</param>
/// <param name="TitleZh">Chinese title.</param>
/// <param name="TitleEn">English title.</param>
public sealed record MapTheme(string Name, string TitleZh, string TitleEn);

/// <summary>Every map theme, in the order the web map offers them: the one place their names and titles are written.</summary>
public static class MapThemes
{
    /// <summary>Poverty by township and village; the legend's title names the indicator and year it shows.</summary>
    public static MapTheme PovertyDensity { get; } = new("poverty-density", "贫困人口密度 / 贫困发生率", "Poverty density or incidence");

    /// <summary>Hardened roads to natural villages (组组通).</summary>
    public static MapTheme RoadCoverage { get; } = new("road-coverage", "组组通硬化路覆盖", "Road coverage (hardened roads to natural villages)");

    /// <summary>Relocation sites and where their households come from.</summary>
    public static MapTheme Relocation { get; } = new("relocation", "易地扶贫搬迁进度", "Relocation progress");

    /// <summary>Industrial bases and the jobs within reach of villages.</summary>
    public static MapTheme JobAccess { get; } = new("job-access", "产业就业可达", "Job access");

    /// <summary>Administrative boundaries alone.</summary>
    public static MapTheme Admin { get; } = new("admin", "行政区划", "Administrative units");

    /// <summary>All of them.</summary>
    public static IReadOnlyList<MapTheme> All { get; } = [PovertyDensity, RoadCoverage, Relocation, JobAccess, Admin];
}
