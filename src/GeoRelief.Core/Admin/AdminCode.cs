namespace GeoRelief.Core.Admin;

/// <summary>
/// A validated NBS statistical division code (统计用区划代码). Codes are hierarchical: a unit's code starts
/// with its parent's, so "everything within 522628" is "every code that starts with 522628".
/// </summary>
public readonly record struct AdminCode
{
    private AdminCode(string value, AdminLevel level)
    {
        Value = value;
        Level = level;
    }

    /// <summary>The digits: 2, 4, 6, 9 or 12 of them.</summary>
    public string Value { get; }

    /// <summary>The level the number of digits implies.</summary>
    public AdminLevel Level { get; }

    /// <summary>Reads a code; <paramref name="problem"/> says what is wrong when it is not one.</summary>
    public static bool TryParse(string? text, out AdminCode code, out string? problem)
    {
        code = default;
        var trimmed = text?.Trim() ?? string.Empty;
        if (trimmed.Length == 0)
        {
            problem = "is empty; give an NBS division code such as 522628 (a county) or 522628100 (a township).";
            return false;
        }

        if (!trimmed.All(char.IsAsciiDigit))
        {
            problem = $"'{trimmed}' is not a division code: codes are digits only, such as 522628.";
            return false;
        }

        if (!AdminLevels.TryFromCodeLength(trimmed.Length, out var level))
        {
            problem = $"'{trimmed}' has {trimmed.Length} digits; a division code has 2 (province), 4 (prefecture), 6 (county), 9 (township) or 12 (village).";
            return false;
        }

        code = new AdminCode(trimmed, level.Value);
        problem = null;
        return true;
    }

    /// <summary>Whether <paramref name="other"/> is this unit or lies within it.</summary>
    public bool Contains(AdminCode other) => other.Value.StartsWith(Value, StringComparison.Ordinal);

    public override string ToString() => Value;
}
