using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;

namespace GeoRelief.Data;

/// <summary>Registers <see cref="GeoReliefDatabase"/> with a host.</summary>
public static class GeoReliefDatabaseServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="GeoReliefDatabase"/> as a singleton and a hosted service (started with the host, stopped
    /// on shutdown) and <see cref="NpgsqlDataSource"/> as its data source. Bind <see cref="DatabaseOptions"/> to
    /// configuration section <see cref="DatabaseOptions.SectionName"/> or adjust them with <paramref name="configure"/>.
    /// </summary>
    public static IServiceCollection AddGeoReliefDatabase(this IServiceCollection services, Action<DatabaseOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = services.AddOptions<DatabaseOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        services.TryAddSingleton(provider => new GeoReliefDatabase(
            provider.GetRequiredService<IOptions<DatabaseOptions>>().Value,
            provider.GetRequiredService<ILoggerFactory>()));
        services.AddHostedService(provider => provider.GetRequiredService<GeoReliefDatabase>());
        services.TryAddSingleton(provider => provider.GetRequiredService<GeoReliefDatabase>().DataSource);
        return services;
    }
}
