using System.Globalization;
using GeoRelief.Core.Admin;

namespace GeoRelief.Server.Apis.Analytics;

/// <summary>
/// The raw parameters of an analysis (query string or command-line options, by name) and their parsing: a malformed
/// value throws <see cref="AnalyticsParameterException"/> naming the parameter; each value read is recorded with its
/// default filled in, so the result can state every parameter it was computed with.
/// </summary>
public sealed class AnalyticsArguments(IReadOnlyDictionary<string, string?> raw)
{
    private readonly SortedDictionary<string, object?> _used = new(StringComparer.Ordinal);
    private readonly SortedSet<string> _asked = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The parameters read so far, defaults included, in name order.</summary>
    public IReadOnlyDictionary<string, object?> Used => _used;

    /// <summary>A canonical text of the parameters read, for cache keys.</summary>
    public string Key => string.Join('&', _used.Select(p => p.Key + "=" + Convert.ToString(p.Value, CultureInfo.InvariantCulture)));

    /// <summary>Records a parameter that was not read from the raw values (e.g. a default computed from the data).</summary>
    public void Record(string name, object? value) => _used[name] = value;

    /// <summary>An NBS code, or the empty prefix (everything) when absent and not required.</summary>
    public string Within(string name = "within")
    {
        var text = Text(name);
        if (text is null)
        {
            _used[name] = null;
            return string.Empty;
        }

        if (!AdminCode.TryParse(text, out var code, out var problem))
        {
            throw new AnalyticsParameterException(name, problem!);
        }

        _used[name] = code.Value;
        return code.Value;
    }

    /// <summary>A required NBS code.</summary>
    public string RequiredCode(string name)
    {
        if (Text(name) is null)
        {
            throw new AnalyticsParameterException(name, "is missing: give the NBS code of a unit, e.g. 522628.");
        }

        return Within(name);
    }

    /// <summary>An administrative level at or below the level of <paramref name="within"/>.</summary>
    public AdminLevel Level(string within, AdminLevel defaultLevel, string name = "level")
    {
        var text = Text(name);
        var level = defaultLevel;
        if (text is not null && !AdminLevels.TryParse(text, out level))
        {
            throw new AnalyticsParameterException(name, $"'{text}' is not a level; use one of {AdminLevels.AcceptedNames} (or 1–5).");
        }

        if (level.CodeLength() < within.Length)
        {
            throw new AnalyticsParameterException(name, $"'{level.ApiName()}' is above the unit {within}: choose its own level or one below it.");
        }

        _used[name] = level.ApiName();
        return level;
    }

    /// <summary>A whole number in [min, max], or the default.</summary>
    public int WholeNumber(string name, int defaultValue, int min, int max)
    {
        var text = Text(name);
        var value = defaultValue;
        if (text is not null && (!int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out value) || value < min || value > max))
        {
            throw new AnalyticsParameterException(name, $"'{text}' is not allowed: give a whole number from {min} to {max}.");
        }

        _used[name] = value;
        return value;
    }

    /// <summary>A whole number in [min, max], or null when absent (the caller fills the default and records it).</summary>
    public int? OptionalInteger(string name, int min, int max)
    {
        var text = Text(name);
        if (text is null)
        {
            return null;
        }

        return WholeNumber(name, 0, min, max);
    }

    /// <summary>A finite number in [min, max], or the default.</summary>
    public double Number(string name, double defaultValue, double min, double max, string unit)
    {
        var text = Text(name);
        var value = defaultValue;
        if (text is not null && (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value) || !double.IsFinite(value) || value < min || value > max))
        {
            throw new AnalyticsParameterException(name, $"'{text}' is not allowed: give a number of {unit} from {min.ToString(CultureInfo.InvariantCulture)} to {max.ToString(CultureInfo.InvariantCulture)}.");
        }

        _used[name] = value;
        return value;
    }

    /// <summary>A finite number in [min, max], or null when absent.</summary>
    public double? OptionalNumber(string name, double min, double max, string unit)
    {
        if (Text(name) is null)
        {
            _used[name] = null;
            return null;
        }

        return Number(name, 0, min, max, unit);
    }

    /// <summary>One of <paramref name="choices"/> (case-insensitive), or the default.</summary>
    public string Choice(string name, string defaultValue, params string[] choices)
    {
        var text = Text(name);
        var value = defaultValue;
        if (text is not null)
        {
            value = choices.FirstOrDefault(c => string.Equals(c, text, StringComparison.OrdinalIgnoreCase))
                ?? throw new AnalyticsParameterException(name, $"'{text}' is not one of {string.Join(", ", choices)}.");
        }

        _used[name] = value;
        return value;
    }

    /// <summary>true/false, or the default.</summary>
    public bool Flag(string name, bool defaultValue) => Choice(name, defaultValue ? "true" : "false", "true", "false") == "true";

    /// <summary>A date yyyy-MM-dd, or the default.</summary>
    public DateOnly Date(string name, DateOnly defaultValue)
    {
        var text = Text(name);
        var value = defaultValue;
        if (text is not null && !DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out value))
        {
            throw new AnalyticsParameterException(name, $"'{text}' is not a date: write it as yyyy-MM-dd, e.g. 2018-12-31.");
        }

        _used[name] = value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return value;
    }

    /// <summary>Comma-separated finite numbers in ascending order, or null when absent.</summary>
    public IReadOnlyList<double>? Numbers(string name)
    {
        var text = Text(name);
        if (text is null)
        {
            return null;
        }

        var values = new List<double>();
        foreach (var part in text.Split(',', StringSplitOptions.TrimEntries))
        {
            if (!double.TryParse(part, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) || !double.IsFinite(v))
            {
                throw new AnalyticsParameterException(name, $"'{part}' is not a number: give comma-separated numbers in ascending order, e.g. 1,2.5,4.");
            }

            values.Add(v);
        }

        _used[name] = values;
        return values;
    }

    /// <summary>
    /// Refuses a parameter that was given but that the analysis never asked for, with these options: a misspelt name
    /// (<c>yeer=2018</c>) or one that does not apply (<c>k</c> with queen weights) would otherwise be ignored, and the
    /// result computed with defaults the planner did not choose.
    /// </summary>
    /// <exception cref="AnalyticsParameterException">The first such parameter by name.</exception>
    public void RejectUnasked(string analysis)
    {
        var unasked = raw
            .Where(p => !string.IsNullOrWhiteSpace(p.Value) && !_asked.Contains(p.Key))
            .Select(p => p.Key)
            .Order(StringComparer.Ordinal)
            .FirstOrDefault();
        if (unasked is not null)
        {
            throw new AnalyticsParameterException(unasked, $"is not a parameter of {analysis} (with these options): it takes {string.Join(", ", _asked)}.");
        }
    }

    private string? Text(string name)
    {
        _asked.Add(name);
        return raw.TryGetValue(name, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;
    }
}
