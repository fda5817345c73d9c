using System.Collections;

namespace GeoRelief.Server.Hosting;

/// <summary>
/// Maps the <c>GEORELIEF_*</c> environment variables onto the <see cref="GeoReliefOptions.Section"/> section, so
/// <c>GEORELIEF_DB</c> sets <c>GeoRelief:Db</c> and <c>GEORELIEF_LOAD_SAMPLE</c> sets <c>GeoRelief:LoadSample</c>.
/// </summary>
public static class GeoReliefConfiguration
{
    private const string Prefix = "GEORELIEF_";

    /// <summary>Adds the environment variables, then any command-line overrides (which win).</summary>
    public static IConfigurationBuilder AddGeoRelief(this IConfigurationBuilder builder, IReadOnlyDictionary<string, string?>? overrides = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var values = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        foreach (DictionaryEntry entry in Environment.GetEnvironmentVariables())
        {
            var name = (string)entry.Key;
            if (name.StartsWith(Prefix, StringComparison.Ordinal) && name.Length > Prefix.Length)
            {
                values[$"{GeoReliefOptions.Section}:{KeyOf(name[Prefix.Length..])}"] = (string?)entry.Value;
            }
        }

        foreach (var (key, value) in overrides ?? new Dictionary<string, string?>())
        {
            values[$"{GeoReliefOptions.Section}:{key}"] = value;
        }

        return builder.AddInMemoryCollection(values);
    }

    /// <summary>Reads the options from configuration built the same way, for commands that run without the web host.</summary>
    public static GeoReliefOptions Read(IReadOnlyDictionary<string, string?>? overrides = null)
    {
        var configuration = new ConfigurationBuilder().AddGeoRelief(overrides).Build();
        var options = new GeoReliefOptions();
        configuration.GetSection(GeoReliefOptions.Section).Bind(options);
        return options;
    }

    // LOAD_SAMPLE → LoadSample: configuration keys ignore case, so only the underscores need to go.
    private static string KeyOf(string variable) => variable.Replace("_", string.Empty, StringComparison.Ordinal);
}
