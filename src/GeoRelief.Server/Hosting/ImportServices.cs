using GeoRelief.Data;
using GeoRelief.Data.Imports;

namespace GeoRelief.Server.Hosting;

/// <summary>How the server builds its importer: on the started database, whose connection string ogr2ogr needs.</summary>
public static class ImportServices
{
    public static FeatureImporter CreateImporter(IServiceProvider services)
    {
        var database = services.GetRequiredService<GeoReliefDatabase>();
        return new FeatureImporter(database.DataSource, database.ConnectionString, services.GetRequiredService<ILogger<FeatureImporter>>());
    }
}
