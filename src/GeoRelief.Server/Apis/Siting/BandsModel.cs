namespace GeoRelief.Server.Apis.Siting;

/// <summary>Score bands in a request: each band scores values up to its bound; beyond the last scores <c>beyond</c>.</summary>
public sealed record BandsModel(IReadOnlyList<BandModel> Bands, double Beyond);
