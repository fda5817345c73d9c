namespace GeoRelief.Core.Siting.Criteria;

/// <summary>The names of constraints, factors and classes in the API, CSV and tiles (snake_case).</summary>
public static class SuitabilityNames
{
    private static readonly string[] ConstraintNames =
        ["ecological_red_line", "nature_reserve", "basic_farmland", "water_source", "geohazard", "flood_zone", "slope_limit", "altitude_limit", "source_village_distance"];

    private static readonly string[] FactorNames = ["slope", "hazard_susceptibility", "hardened_road", "township_seat", "jobs", "school", "clinic"];

    private static readonly string[] ClassNames = ["excluded", "unsuitable", "marginal", "suitable", "highly_suitable"];

    /// <summary>The factor names, comma-separated, in weight order.</summary>
    public static string FactorList { get; } = string.Join(", ", FactorNames);

    /// <summary>The name of a constraint.</summary>
    public static string Of(HardConstraint constraint) => ConstraintNames[(int)constraint];

    /// <summary>The name of a factor.</summary>
    public static string Of(SuitabilityFactor factor) => FactorNames[(int)factor];

    /// <summary>The name of a class.</summary>
    public static string Of(SuitabilityClass suitabilityClass) => ClassNames[(int)suitabilityClass];

    /// <summary>The factor with this name (snake_case, case-insensitive).</summary>
    public static bool TryParseFactor(string name, out SuitabilityFactor factor)
    {
        var index = Array.FindIndex(FactorNames, n => string.Equals(n, name, StringComparison.OrdinalIgnoreCase));
        factor = (SuitabilityFactor)Math.Max(index, 0);
        return index >= 0;
    }
}
