namespace GeoRelief.Server.Apis;

/// <summary>Route values as the client meant them.</summary>
public static class RouteValues
{
    /// <summary>
    /// A feature id from the path: ASP.NET Core decodes every escape of a route value except %2F (so that an escaped
    /// '/' cannot cut the path in two), and an id holding '/' — imports take any text — arrives as %2F. Links escape
    /// ids with <see cref="Uri.EscapeDataString(string)"/>, so this gives them back.
    /// </summary>
    public static string Id(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return value.Replace("%2F", "/", StringComparison.OrdinalIgnoreCase);
    }
}
