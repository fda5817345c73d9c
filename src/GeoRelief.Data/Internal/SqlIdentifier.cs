namespace GeoRelief.Data.Internal;

/// <summary>The one place identifiers are quoted for SQL text (CONVENTIONS.md, habit 6).</summary>
internal static class SqlIdentifier
{
    /// <summary><paramref name="identifier"/> as a double-quoted SQL identifier.</summary>
    public static string Quote(string identifier)
    {
        ArgumentException.ThrowIfNullOrEmpty(identifier);
        if (identifier.Contains('\0', StringComparison.Ordinal))
        {
            throw new ArgumentException("An SQL identifier cannot contain a NUL character.", nameof(identifier));
        }

        return "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }
}
