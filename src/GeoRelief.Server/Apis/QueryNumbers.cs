using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GeoRelief.Server.Apis;

/// <summary>
/// Reads whole-number query parameters by hand, so that "limit=abc" is answered with a ProblemDetails that
/// names the parameter rather than the framework's bare 400.
/// </summary>
public static class QueryNumbers
{
    /// <summary>Parses <paramref name="text"/> (or takes the default) and checks it lies in [min, max].</summary>
    public static bool TryParse(string? text, string parameter, int defaultValue, int min, int max, out int value, out ProblemHttpResult problem)
    {
        problem = null!;
        if (text is null)
        {
            value = defaultValue;
            return true;
        }

        if (!int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out value) || value < min || value > max)
        {
            problem = ApiProblem.BadParameter(parameter, $"'{text}' is not allowed: give a whole number from {min} to {max}.");
            return false;
        }

        return true;
    }
}
