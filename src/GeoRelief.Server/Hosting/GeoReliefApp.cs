using System.Text.Json.Serialization;
using GeoRelief.Data.AdminUnits;
using GeoRelief.Data.Analytics;
using GeoRelief.Server.Apis.Siting;
using GeoRelief.Data.Ogc;
using GeoRelief.Data.Styles;
using GeoRelief.Server.Apis;
using GeoRelief.Server.Apis.Styles;
using GeoRelief.Server.Tiles;
using GeoRelief.Server.Apis.Analytics;
using GeoRelief.Data.Audit;
using GeoRelief.Data.Layers;
using GeoRelief.Server.Auth;
using GeoRelief.Server.Tiles.Packages;
using GeoRelief.Data;
using GeoRelief.Data.Imports;
using GeoRelief.Data.Linkage;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Configuration.Memory;

namespace GeoRelief.Server.Hosting;

/// <summary>The web host: services, then endpoints — the table of contents of the HTTP surface.</summary>
public static class GeoReliefApp
{
    /// <summary>Builds the host. <paramref name="args"/> are ASP.NET Core's own (e.g. <c>--urls</c>).</summary>
    public static WebApplication Build(string[] args, IReadOnlyDictionary<string, string?> overrides)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.Configuration.AddGeoRelief(overrides);
        builder.Services.AddOptions<GeoReliefOptions>()
            .BindConfiguration(GeoReliefOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();

        // Loopback by default: GeoRelief is exposed to a network only when the operator says so with --urls.
        if (string.IsNullOrEmpty(builder.Configuration["urls"]))
        {
            var port = builder.Configuration.GetValue($"{GeoReliefOptions.Section}:{nameof(GeoReliefOptions.Port)}", 5080);
            builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        }

        // A database that cannot start is reported once, as a plain message by the command line; the host's own
        // "Hosting failed to start" entry would repeat it with a stack trace.
        builder.Logging.AddFilter("Microsoft.Extensions.Hosting.Internal.Host", LogLevel.Critical);
        // Npgsql logs every command's SQL at Information; keep the log for what needs attention.
        builder.Logging.AddFilter("Npgsql", LogLevel.Warning);
        // ASP.NET Core logs several lines per request at Information, and a tile server answers thousands a second.
        // Default them to Warning as the lowest-priority configuration source, so that appsettings or
        // Logging__LogLevel__Microsoft.AspNetCore=Information still bring them back.
        builder.Configuration.Sources.Insert(0, new MemoryConfigurationSource
        {
            InitialData = new Dictionary<string, string?> { ["Logging:LogLevel:Microsoft.AspNetCore"] = nameof(LogLevel.Warning) },
        });

        builder.Services.AddProblemDetails(o => o.CustomizeProblemDetails = StatusProblems.Explain);
        builder.Services.AddExceptionHandler<DatabaseExceptionHandler>();
        builder.Services.AddExceptionHandler<RequestBodyExceptionHandler>();
        // A body that cannot be bound is thrown to RequestBodyExceptionHandler, which names the field; a field the
        // request type does not have is refused, not ignored ("maxSite" for maxSites would solve another problem).
        builder.Services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow);
        builder.Services.AddOpenApi("v1");

        builder.Services.AddGeoReliefDatabase();
        builder.Services.AddOptions<DatabaseOptions>().Configure<IOptions<GeoReliefOptions>>(ConfigureDatabase);
        builder.Services.AddHostedService<SampleOnFirstStart>();
        builder.Services.AddSingleton<AdminUnitStore>();
        builder.Services.AddGeoReliefTiles();
        builder.Services.AddSingleton<AnalyticsStore>().AddSingleton<AnalyticsCache>().AddSingleton<PlanningAnalytics>();
        builder.Services.AddGeoReliefAuth();
        builder.Services.AddSingleton<LayerReader>();
        builder.Services.AddSingleton<LayerEditor>();
        builder.Services.AddSingleton<AuditLog>();
        builder.Services.AddSiting();
        builder.Services.AddSingleton<ThemeStatistics>();
        builder.Services.AddSingleton<ThemeLegendService>();
        builder.Services.AddSingleton<OgcFeatureStore>();
        builder.Services.AddOptions<TilePackageOptions>().BindConfiguration(TilePackageOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<TilePackageStore>();
        builder.Services.AddSingleton(ImportServices.CreateImporter);
        builder.Services.AddSingleton<ImportBatchStore>();
        builder.Services.AddSingleton<LinkageMismatchStore>();

        var app = builder.Build();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseAuthentication();
        app.UseAuthorization();

        app.MapOpenApi("/openapi/{documentName}.json");
        app.MapHealthApi();
        app.MapAdminUnitsApi();
        app.MapTilesApi();
        app.MapWebMapApi();
        app.MapAnalyticsApi();
        app.MapLayersApi();
        app.MapAuditApi();
        app.MapSitingApi();
        app.MapStylesApi();
        app.MapLegendsApi();
        app.MapOgcApi();
        app.MapTilePackagesApi();
        app.MapImportsApi();
        app.MapLinkageApi();
        app.MapCoordinatesApi();
        return app;
    }

    private static void ConfigureDatabase(DatabaseOptions database, IOptions<GeoReliefOptions> options)
    {
        database.ConnectionString = string.IsNullOrWhiteSpace(options.Value.Db) ? null : options.Value.Db;
        database.Embedded.Home = options.Value.Home;
    }
}
