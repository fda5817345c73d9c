namespace GeoRelief.Core.Styles;

/// <summary>The unit of a classed figure in Chinese and English (e.g. 人/km², persons/km²) and the decimals its labels show.</summary>
public sealed record LegendUnit(string Zh, string En, int Decimals)
{
    /// <summary>Poor people per km².</summary>
    public static LegendUnit PersonsPerKm2 { get; } = new("人/km²", "persons/km²", 1);

    /// <summary>Percent.</summary>
    public static LegendUnit Percent { get; } = new("%", "%", 1);

    /// <summary>Jobs.</summary>
    public static LegendUnit Jobs { get; } = new("个岗位", "jobs", 0);
}
