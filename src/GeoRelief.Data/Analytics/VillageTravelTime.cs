namespace GeoRelief.Data.Analytics;

/// <summary>
/// Travel from a natural village to the nearest township seat: a walk of <paramref name="WalkM"/> metres to the road
/// network (Tobler on <paramref name="Slope"/>, read from the DEM when <paramref name="SlopeFromDem"/>), then the drive
/// (null when no seat is reached within the search limit).
/// </summary>
public sealed record VillageTravelTime(string Id, double WalkM, double Slope, bool SlopeFromDem, double WalkSeconds, double? DriveSeconds);
