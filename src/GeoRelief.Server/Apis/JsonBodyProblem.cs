using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace GeoRelief.Server.Apis;

/// <summary>
/// What was wrong with a JSON request body, in a planner's words: the field as the body spells it (<c>matrix[0][1]</c>),
/// what was wrong with it and where, without the .NET type names of System.Text.Json's own messages. The API answers it
/// as a 400 (<see cref="Hosting.RequestBodyExceptionHandler"/>), the command line as a plain message.
/// </summary>
public static partial class JsonBodyProblem
{
    /// <summary>The field (or <c>body</c> for the body as a whole) and the problem, continuing "'field' …".</summary>
    public static (string Field, string Problem) Describe(JsonException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var field = exception.Path is { Length: > 1 } path && path.StartsWith("$.", StringComparison.Ordinal) ? path[2..]
            : exception.Path is { Length: > 1 } indexed && indexed.StartsWith("$[", StringComparison.Ordinal) ? "body" + indexed[1..]
            : "body";
        var where = exception.LineNumber is { } line
            ? string.Create(CultureInfo.InvariantCulture, $" (line {line + 1}, position {exception.BytePositionInLine + 1})")
            : string.Empty;
        var message = exception.Message;
        if (message.Contains("could not be mapped to any .NET member", StringComparison.Ordinal))
        {
            var member = UnmappedMember().Match(message) is { Success: true } m ? m.Groups[1].Value : field;
            return (Join(field, member), "is not a field of this request: check its spelling against the API definition (/openapi/v1.json).");
        }

        if (ConvertedTo().Match(message) is { Success: true } conversion)
        {
            // The reader's own complaint names the kind it wanted ("… as a string", "… for a Double"); the type in the
            // message itself may be the record that holds the field rather than the field's.
            var inner = exception.InnerException?.Message ?? string.Empty;
            var wanted = TokenAs().Match(inner) is { Success: true } token ? Expected(token.Groups[1].Value)
                : OutOfBoundsFor().Match(inner) is { Success: true } number ? Expected("System." + number.Groups[1].Value)
                : Expected(conversion.Groups[1].Value);
            return (field, $"has a value of the wrong kind{where}: give {wanted}.");
        }

        return (field, $"is not valid JSON{where}: {message.Split(" Path:", 2)[0].TrimEnd('.')}.");
    }

    // The path of a member that cannot be mapped may end at the member or at the object holding it.
    private static string Join(string path, string member) =>
        path == "body" ? member : path.EndsWith(member, StringComparison.Ordinal) ? path : $"{path}.{member}";

    /// <summary>What to give instead, from the reader's token kind ("string") or the .NET type it converted to.</summary>
    private static string Expected(string kindOrType)
    {
        var type = kindOrType.Replace("System.Nullable`1[", string.Empty, StringComparison.Ordinal).TrimEnd(']');
        return type switch
        {
            "string" or "System.String" => "a text in double quotes",
            "boolean" or "System.Boolean" => "true or false",
            "number" or "System.Double" or "System.Single" or "System.Decimal" => "a number",
            "System.Int16" or "System.Int32" or "System.Int64" => "a whole number",
            _ when type.EndsWith('[') || type.Contains("Collections", StringComparison.Ordinal) => "a list in square brackets",
            _ => "a value of the kind the API definition gives for it (/openapi/v1.json)",
        };
    }

    [GeneratedRegex("The JSON property '([^']+)' could not be mapped")]
    private static partial Regex UnmappedMember();

    [GeneratedRegex("could not be converted to ([^ ]+?)\\. Path:")]
    private static partial Regex ConvertedTo();

    [GeneratedRegex("Cannot get the value of a token type '[A-Za-z]+' as a (string|number|boolean)")]
    private static partial Regex TokenAs();

    [GeneratedRegex("out of bounds for an? ([A-Za-z0-9]+)\\.")]
    private static partial Regex OutOfBoundsFor();
}
