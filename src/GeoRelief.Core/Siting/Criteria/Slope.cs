namespace GeoRelief.Core.Siting.Criteria;

/// <summary>A slope value with its unit; converts between degrees and percent.</summary>
/// <param name="Value">The number.</param>
/// <param name="Unit">Its unit.</param>
public readonly record struct Slope(double Value, SlopeUnit Unit)
{
    /// <summary>The slope in degrees.</summary>
    public double Degrees => Unit == SlopeUnit.Degrees ? Value : PercentToDegrees(Value);

    /// <summary>The slope in percent rise.</summary>
    public double Percent => Unit == SlopeUnit.Percent ? Value : DegreesToPercent(Value);

    /// <summary>100·tan(θ).</summary>
    public static double DegreesToPercent(double degrees) => 100 * Math.Tan(degrees * Math.PI / 180);

    /// <summary>atan(p/100) in degrees.</summary>
    public static double PercentToDegrees(double percent) => Math.Atan(percent / 100) * 180 / Math.PI;
}
