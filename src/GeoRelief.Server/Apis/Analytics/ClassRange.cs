namespace GeoRelief.Server.Apis.Analytics;

/// <summary>One class of a classification: its bounds (closed on the upper one), how many values it holds, its colour.</summary>
public sealed record ClassRange(int Class, double Lower, double Upper, int Count, string Color);
