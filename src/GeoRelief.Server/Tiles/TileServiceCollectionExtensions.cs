using GeoRelief.Data.Tiles;

namespace GeoRelief.Server.Tiles;

/// <summary>Registers the tile renderer, the poverty classifier, the tile cache and its options.</summary>
public static class TileServiceCollectionExtensions
{
    /// <summary>Adds everything <c>/tiles</c> needs; options from the <see cref="TileCacheOptions.Section"/> section, validated at start.</summary>
    public static IServiceCollection AddGeoReliefTiles(this IServiceCollection services)
    {
        services.AddOptions<TileCacheOptions>()
            .BindConfiguration(TileCacheOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<PovertyClassifier>();
        services.AddSingleton<TileRenderer>();
        services.AddSingleton<TileCache>();
        services.AddSingleton<TileService>();
        return services;
    }
}
