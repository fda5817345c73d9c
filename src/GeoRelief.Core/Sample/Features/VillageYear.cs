namespace GeoRelief.Core.Sample.Features;

/// <summary>Poverty figures of one natural village in one year.</summary>
/// <param name="ExitedHouseholds">Households that left the poor register during the year.</param>
/// <param name="MonitoredHouseholds">Households under relapse monitoring (防止返贫监测); reported from 2020.</param>
public sealed record VillageYear(
    string NaturalVillageId,
    int Year,
    int RegisteredPopulation,
    int PoorHouseholds,
    int PoorPopulation,
    int ExitedHouseholds,
    int MonitoredHouseholds);
