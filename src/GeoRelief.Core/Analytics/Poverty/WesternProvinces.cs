namespace GeoRelief.Core.Analytics.Poverty;

/// <summary>
/// Provinces under the western-development policy, which exit at a 3 % incidence instead of 2 %: 内蒙古 15, 广西 45,
/// 重庆 50, 四川 51, 贵州 52, 云南 53, 西藏 54, 陕西 61, 甘肃 62, 青海 63, 宁夏 64, 新疆 65. The one list in the code.
/// </summary>
public static class WesternProvinces
{
    /// <summary>Two-digit NBS province codes.</summary>
    public static IReadOnlyList<string> Codes { get; } = ["15", "45", "50", "51", "52", "53", "54", "61", "62", "63", "64", "65"];

    /// <summary>Whether an NBS division code (2 to 12 digits, any level) lies in a western province.</summary>
    /// <exception cref="ArgumentException">The code is not 2–12 ASCII digits.</exception>
    public static bool Contains(string divisionCode)
    {
        ArgumentNullException.ThrowIfNull(divisionCode);
        if (divisionCode.Length is < 2 or > 12 || !divisionCode.All(char.IsAsciiDigit))
        {
            throw new ArgumentException(
                $"\"{divisionCode}\" is not an NBS division code; give 2 to 12 digits, starting with the province code (e.g. 522628).",
                nameof(divisionCode));
        }

        return Codes.Contains(divisionCode[..2]);
    }
}
