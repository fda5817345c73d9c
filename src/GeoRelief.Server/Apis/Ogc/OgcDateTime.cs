using System.Globalization;

namespace GeoRelief.Server.Apis.Ogc;

/// <summary>
/// The <c>datetime</c> parameter of OGC API – Features (/req/core/fc-time-definition): an instant or an interval
/// (<c>start/end</c>, either end open as <c>..</c> or empty), each an RFC 3339 date-time with its offset — or, for
/// convenience, a plain date. GeoRelief's times are days in China, so an instant is taken as the day it falls on in
/// China Standard Time (UTC+8): 2018-02-12T23:20:50Z is 13 February there.
/// </summary>
public static class OgcDateTime
{
    private static readonly TimeSpan ChinaStandardTime = TimeSpan.FromHours(8);

    /// <summary>The first and last day asked for (null for an open end), or a problem naming what is wrong.</summary>
    public static bool TryParse(string text, out DateOnly? from, out DateOnly? to, out string problem)
    {
        ArgumentNullException.ThrowIfNull(text);
        from = to = null;
        problem = string.Empty;
        var parts = text.Split('/');
        if (parts.Length > 2)
        {
            problem = $"is '{text}': give one date-time or an interval start/end, e.g. 2018-01-01T00:00:00Z/2018-12-31T23:59:59Z.";
            return false;
        }

        if (parts.Length == 1)
        {
            if (!TryParseDay(parts[0], out var day, out problem))
            {
                return false;
            }

            from = to = day;
            return true;
        }

        if (!TryParseEnd(parts[0], out from, out problem) || !TryParseEnd(parts[1], out to, out problem))
        {
            return false;
        }

        if (from > to)
        {
            problem = $"is '{text}': the interval ends before it starts; give the earlier date-time first.";
            return false;
        }

        return true;
    }

    private static bool TryParseEnd(string text, out DateOnly? day, out string problem)
    {
        day = null;
        problem = string.Empty;
        if (text is "" or "..")
        {
            return true;
        }

        if (!TryParseDay(text, out var parsed, out problem))
        {
            return false;
        }

        day = parsed;
        return true;
    }

    private static bool TryParseDay(string text, out DateOnly day, out string problem)
    {
        problem = string.Empty;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day))
        {
            return true;
        }

        // RFC 3339 5.6: a date-time has a time zone, Z or ±hh:mm; 't' and 'z' may be lower case.
        var upper = text.ToUpperInvariant();
        var hasOffset = upper.EndsWith('Z') || (upper.Length > 6 && upper[^6] is '+' or '-' && upper[^3] == ':');
        if (hasOffset && upper.Contains('T', StringComparison.Ordinal)
            && DateTimeOffset.TryParse(upper, CultureInfo.InvariantCulture, DateTimeStyles.None, out var instant))
        {
            day = DateOnly.FromDateTime(instant.ToOffset(ChinaStandardTime).DateTime);
            return true;
        }

        problem = $"has '{text}', which is not an RFC 3339 date-time (2018-02-12T23:20:50Z, with its offset) nor a date (2018-02-12); "
            + "an open end of an interval is '..' or empty.";
        return false;
    }
}
