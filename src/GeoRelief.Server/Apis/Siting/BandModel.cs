namespace GeoRelief.Server.Apis.Siting;

/// <summary>One score band: values up to <c>upTo</c> (inclusive) score <c>score</c> (0–100).</summary>
public sealed record BandModel(double UpTo, double Score);
