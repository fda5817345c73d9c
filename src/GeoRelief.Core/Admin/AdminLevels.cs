using System.Diagnostics.CodeAnalysis;

namespace GeoRelief.Core.Admin;

/// <summary>Facts about <see cref="AdminLevel"/>: code length, names in the API, parsing.</summary>
public static class AdminLevels
{
    private static readonly AdminLevel[] All = Enum.GetValues<AdminLevel>();

    /// <summary>Digits of the division code at this level: 2, 4, 6, 9 or 12.</summary>
    public static int CodeLength(this AdminLevel level) => level switch
    {
        AdminLevel.Province => 2,
        AdminLevel.Prefecture => 4,
        AdminLevel.County => 6,
        AdminLevel.Township => 9,
        AdminLevel.Village => 12,
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, "Not an administrative level."),
    };

    /// <summary>The level's name as the API spells it: "province" … "village".</summary>
    public static string ApiName(this AdminLevel level) => level.ToString().ToLowerInvariant();

    /// <summary>The names the API accepts, for error messages.</summary>
    public static string AcceptedNames { get; } = string.Join(", ", All.Select(l => l.ApiName()));

    /// <summary>Reads a level given by name ("township") or number ("4").</summary>
    public static bool TryParse(string? text, out AdminLevel level)
    {
        level = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var trimmed = text.Trim();
        if (int.TryParse(trimmed, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number))
        {
            level = (AdminLevel)number;
            return Enum.IsDefined(level);
        }

        foreach (var candidate in All)
        {
            if (string.Equals(candidate.ApiName(), trimmed, StringComparison.OrdinalIgnoreCase))
            {
                level = candidate;
                return true;
            }
        }

        return false;
    }

    /// <summary>The level whose codes have this many digits, if any.</summary>
    public static bool TryFromCodeLength(int length, [NotNullWhen(true)] out AdminLevel? level)
    {
        level = All.Where(l => l.CodeLength() == length).Select(l => (AdminLevel?)l).FirstOrDefault();
        return level is not null;
    }
}
