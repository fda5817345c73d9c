namespace GeoRelief.Server.Apis.Siting;

/// <summary>A factor at a site: measured value and unit, score 0–100, weight, obstacle degree (share of what holds the site back).</summary>
public sealed record FactorResult(string Name, double? Value, string Unit, double Score, double Weight, double ObstacleDegree);
