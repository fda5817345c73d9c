using System.Globalization;

namespace GeoRelief.Server.Tests.Layers;

/// <summary>Places in the sample to put test features at: points inside its villages, read from the database.</summary>
public static class SamplePlaces
{
    /// <summary>A point inside the n-th village (in code order) of the unit <paramref name="within"/>, and that village's code.</summary>
    public static async Task<(double Lon, double Lat, string VillageCode)> InsideVillageAsync(SampleServerFactory factory, string within, int n = 0)
    {
        ArgumentNullException.ThrowIfNull(factory);
        var database = Started(factory);
        await using var command = database.DataSource.CreateCommand(
            "SELECT ST_X(p), ST_Y(p), code FROM (SELECT code, ST_PointOnSurface(geom) AS p FROM georelief.admin_unit WHERE level = 5 AND code LIKE $1 || '%' ORDER BY code OFFSET $2 LIMIT 1) AS v");
        command.Parameters.AddWithValue(within);
        command.Parameters.AddWithValue(n);
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync(), $"the sample has no village number {n} in {within}");
        return (reader.GetDouble(0), reader.GetDouble(1), reader.GetString(2));
    }

    /// <summary>Any natural village of the sample within <paramref name="within"/>.</summary>
    public static async Task<string> NaturalVillageIdAsync(SampleServerFactory factory, string within)
    {
        ArgumentNullException.ThrowIfNull(factory);
        var database = Started(factory);
        await using var command = database.DataSource.CreateCommand("SELECT id FROM georelief.natural_village WHERE village_code LIKE $1 || '%' ORDER BY id LIMIT 1");
        command.Parameters.AddWithValue(within);
        return (string)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>A single number from the database.</summary>
    public static async Task<long> CountAsync(SampleServerFactory factory, string sql, params object[] parameters)
    {
        ArgumentNullException.ThrowIfNull(factory);
        var database = Started(factory);
        await using var command = database.DataSource.CreateCommand(sql);
        foreach (var p in parameters)
        {
            command.Parameters.AddWithValue(p);
        }

        return Convert.ToInt64(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }

    // The server migrates its database and loads the sample when it starts.
    private static Data.Tests.TestDatabase Started(SampleServerFactory factory)
    {
        _ = factory.Server;
        return factory.Database;
    }

    /// <summary>A GeoJSON position text.</summary>
    public static string Position(double lon, double lat) =>
        string.Create(CultureInfo.InvariantCulture, $"[{lon:R}, {lat:R}]");
}
