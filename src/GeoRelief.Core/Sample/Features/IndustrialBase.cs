using NetTopologySuite.Geometries;

namespace GeoRelief.Core.Sample.Features;

/// <summary>An industrial base with the jobs and dividends it brings.</summary>
/// <param name="BeneficiaryCodes">Units whose households benefit; for an enclave, townships other than its host.</param>
public sealed record IndustrialBase(
    string Id,
    string Name,
    IndustrialBaseKind Kind,
    int Jobs,
    int PoorEmployed,
    int DividendHouseholds,
    decimal InvestmentWanYuan,
    IReadOnlyList<string> BeneficiaryCodes,
    string TownshipCode,
    Point Location);
