namespace GeoRelief.Data.Tiles;

/// <summary>Which poverty figure the poverty-density layer classes.</summary>
public enum PovertyIndicator
{
    /// <summary>Poor people per km² (the default: counts are not mapped as a choropleth, densities are).</summary>
    Density,

    /// <summary>Poverty incidence, % of the registered rural population.</summary>
    Incidence,
}
