using GeoRelief.Data.Siting;

namespace GeoRelief.Server.Apis.Siting;

/// <summary>Registers the siting stores, solver and service.</summary>
public static class SitingServices
{
    public static IServiceCollection AddSiting(this IServiceCollection services)
    {
        services.AddSingleton<SitingCandidateStore>();
        services.AddSingleton<SuitabilityGridStore>();
        services.AddSingleton<SuitabilityRunStore>();
        services.AddSingleton<CbcSolver>();
        services.AddSingleton<SitingAllocator>();
        services.AddSingleton<SitingService>();
        return services;
    }
}
