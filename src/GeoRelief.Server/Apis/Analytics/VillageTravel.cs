namespace GeoRelief.Server.Apis.Analytics;

/// <summary>Travel time of a natural village to the nearest township seat: walking (Tobler) plus driving.</summary>
public sealed record VillageTravel(string Id, string Name, int Households, double WalkM, double WalkMinutes, bool SlopeFromDem, double? DriveMinutes, double? TotalMinutes);
