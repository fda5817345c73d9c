using GeoRelief.Core.Siting.Criteria;
using GeoRelief.Core.Siting.Scoring;

namespace GeoRelief.Server.Apis.Siting;

/// <summary>
/// One evaluated candidate or site, as the API returns it. Terrain: elevation, slope in percent (degrees are the slope
/// factor's value), aspect in degrees clockwise from north (null where flat) and its compass direction or "flat".
/// </summary>
public sealed record SiteResult(
    string Id,
    string? Name,
    bool Passed,
    IReadOnlyList<string> Failed,
    IReadOnlyList<ConstraintResult> Constraints,
    IReadOnlyList<FactorResult> Factors,
    double Score,
    double Suitability,
    string Class,
    string? MainObstacle,
    double? ElevationMetres,
    double? SlopePercent,
    double? AspectDegrees,
    string? Aspect,
    string GeometryGeoJson)
{
    public static SiteResult From(string id, string? name, string geometry, SiteMeasurement measurement, SiteEvaluation e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return new SiteResult(
            id,
            name,
            !e.Failed.Any(),
            e.Failed.Select(SuitabilityNames.Of).ToArray(),
            e.Constraints.Select(c => new ConstraintResult(c.Name, c.Passed, c.Detail)).ToArray(),
            e.Factors.Select(f => new FactorResult(f.Name, f.Value is { } v ? Math.Round(v, 2) : null, f.Unit, f.Score, Math.Round(f.Weight, 4), Math.Round(f.ObstacleDegree, 4))).ToArray(),
            Math.Round(e.Score, 2),
            Math.Round(e.Suitability, 2),
            SuitabilityNames.Of(e.Class),
            e.MainObstacle is { } m ? SuitabilityNames.Of(m) : null,
            measurement.ElevationMetres is { } h ? Math.Round(h, 1) : null,
            measurement.SlopeDegrees is { } s ? Math.Round(Slope.DegreesToPercent(s), 2) : null,
            GeoRelief.Core.Siting.Criteria.Aspect.Degrees(measurement.AspectDegrees) is { } a ? Math.Round(a, 1) : null,
            GeoRelief.Core.Siting.Criteria.Aspect.Direction(measurement.AspectDegrees),
            geometry);
    }
}
