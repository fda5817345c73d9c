namespace GeoRelief.Core.Sample;

/// <summary>
/// One county of the sample: where it really is, how large it really is, and the published figures the
/// synthetic data is calibrated to (DOMAIN.md). Every calibration the generator uses lives here.
/// </summary>
/// <param name="Code">6-digit NBS county code.</param>
/// <param name="CentreLon">Real centre of the county, degrees east (CGCS2000).</param>
/// <param name="CentreLat">Real centre of the county, degrees north (CGCS2000).</param>
/// <param name="AreaKm2">Real area of the county in km².</param>
public sealed record SampleCounty(string Code, string Name, double CentreLon, double CentreLat, double AreaKm2)
{
    /// <summary>锦屏县, Qiandongnan, Guizhou: 1,597 km² of hills on the Qingshui river.</summary>
    public static SampleCounty Jinping { get; } = new("522628", "锦屏县", 109.20, 26.68, 1597);

    /// <summary>扎赉特旗, Hinggan League, Inner Mongolia: 11,155 km² from the Greater Khingan to the Nen plain.</summary>
    public static SampleCounty Jalaid { get; } = new("152223", "扎赉特旗", 122.90, 46.72, 11155);

    /// <summary>The two counties of the source material, in the order they are generated.</summary>
    public static IReadOnlyList<SampleCounty> All { get; } = [Jinping, Jalaid];
}
