using System.Globalization;
using GeoRelief.Core.Analytics.Classification.Internal;

namespace GeoRelief.Core.Analytics.Classification;

/// <summary>Named colour ramps for choropleth classes: ColorBrewer's lists for 3–9 classes, interpolated for other counts.</summary>
public static class ColorRamps
{
    /// <summary>Default ramp for rates and densities: light yellow (low) to dark red (high).</summary>
    public const string DefaultSequential = "YlOrRd";

    /// <summary>Diverging red–blue ramp, for values on both sides of a midpoint (e.g. z-scores).</summary>
    public const string Diverging = "RdBu";

    private const int FirstTabulated = 3;
    private const int LastTabulated = 9;

    private static readonly Dictionary<string, string[][]> Schemes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["YlOrRd"] = ColorBrewerSchemes.YlOrRd,
        ["Blues"] = ColorBrewerSchemes.Blues,
        ["Greens"] = ColorBrewerSchemes.Greens,
        ["Purples"] = ColorBrewerSchemes.Purples,
        ["RdBu"] = ColorBrewerSchemes.RdBu,
    };

    /// <summary>Names of the available ramps.</summary>
    public static IReadOnlyList<string> Names { get; } = ["YlOrRd", "Blues", "Greens", "Purples", "RdBu"];

    /// <summary>Whether a ramp name is known (case-insensitive).</summary>
    public static bool Exists(string name) => name is not null && Schemes.ContainsKey(name);

    /// <summary>
    /// <paramref name="count"/> hex colours ("#rrggbb") of the named ramp: ColorBrewer's own list for 3–9, otherwise
    /// evenly spaced along the 9-class list with linear RGB interpolation (one class takes the middle colour).
    /// </summary>
    public static IReadOnlyList<string> Get(string name, int count)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (!Schemes.TryGetValue(name, out var scheme))
        {
            throw new ArgumentException(
                $"Unknown colour ramp \"{name}\"; use one of {string.Join(", ", Names)}.", nameof(name));
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        if (count is >= FirstTabulated and <= LastTabulated)
        {
            // A copy, so no caller can alter the shared table through a cast.
            return [.. scheme[count - FirstTabulated]];
        }

        var anchors = scheme[LastTabulated - FirstTabulated];
        var colors = new string[count];
        for (var i = 0; i < count; i++)
        {
            var t = count == 1 ? 0.5 : (double)i / (count - 1);
            colors[i] = Interpolate(anchors, t);
        }

        return colors;
    }

    private static string Interpolate(string[] anchors, double t)
    {
        var position = t * (anchors.Length - 1);
        var lo = Math.Min((int)Math.Floor(position), anchors.Length - 2);
        var fraction = position - lo;
        var (r0, g0, b0) = Parse(anchors[lo]);
        var (r1, g1, b1) = Parse(anchors[lo + 1]);
        return string.Create(CultureInfo.InvariantCulture, $"#{Mix(r0, r1, fraction):x2}{Mix(g0, g1, fraction):x2}{Mix(b0, b1, fraction):x2}");
    }

    private static int Mix(int a, int b, double fraction) => (int)Math.Round(a + ((b - a) * fraction), MidpointRounding.AwayFromZero);

    private static (int R, int G, int B) Parse(string hex) =>
        (int.Parse(hex.AsSpan(1, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture),
         int.Parse(hex.AsSpan(3, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture),
         int.Parse(hex.AsSpan(5, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
}
