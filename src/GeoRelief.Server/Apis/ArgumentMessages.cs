namespace GeoRelief.Server.Apis;

/// <summary>The words of an <see cref="ArgumentException"/> as a planner reads them.</summary>
public static class ArgumentMessages
{
    /// <summary>
    /// The exception's message without .NET's " (Parameter 'name')" and what follows it: that names a C# parameter
    /// the planner never saw (<c>identifierOrWkt</c>), where the answer already names the request's own.
    /// </summary>
    public static string ForPlanner(this ArgumentException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var message = exception.Message;
        var cut = exception.ParamName is { Length: > 0 } name ? message.IndexOf($" (Parameter '{name}')", StringComparison.Ordinal) : -1;
        return cut < 0 ? message : message[..cut];
    }
}
