using System.Reflection;
using GeoRelief.Core.Tiles;
using Npgsql;
using NpgsqlTypes;

namespace GeoRelief.Benchmarks.Tiles;

/// <summary>How much data each tile holds — natural villages or road vertices per tile — to pick the tiles to measure.</summary>
internal sealed class TileDensity
{
    private readonly Dictionary<int, List<(TileAddress Tile, long Count)>> _byZoom;

    private TileDensity(Dictionary<int, List<(TileAddress Tile, long Count)>> byZoom) => _byZoom = byZoom;

    /// <summary>Reads the counts of <paramref name="sqlFile"/> (natural_village_density.sql or road_vertex_density.sql) from <paramref name="minZoom"/> to 14.</summary>
    public static async Task<TileDensity> ReadAsync(NpgsqlDataSource dataSource, string sqlFile, int minZoom)
    {
        await using var command = dataSource.CreateCommand(ReadSql(sqlFile));
        command.CommandTimeout = 0;
        command.Parameters.AddWithValue("min_zoom", NpgsqlDbType.Integer, minZoom);
        await using var reader = await command.ExecuteReaderAsync();
        var byZoom = new Dictionary<int, List<(TileAddress Tile, long Count)>>();
        while (await reader.ReadAsync())
        {
            var tile = TileAddress.Create(reader.GetInt32(0), reader.GetInt32(1), reader.GetInt32(2));
            if (!byZoom.TryGetValue(tile.Z, out var list))
            {
                byZoom[tile.Z] = list = [];
            }

            list.Add((tile, reader.GetInt64(3)));
        }

        foreach (var list in byZoom.Values)
        {
            // Densest first; ties by address so the choice is the same on every run.
            list.Sort((a, b) => b.Count != a.Count ? b.Count.CompareTo(a.Count) : string.CompareOrdinal(a.Tile.ToString(), b.Tile.ToString()));
        }

        return new TileDensity(byZoom);
    }

    /// <summary>The <paramref name="count"/> densest tiles at <paramref name="z"/>.</summary>
    public IReadOnlyList<(TileAddress Tile, long Count)> Densest(int z, int count) =>
        _byZoom.TryGetValue(z, out var list) ? list.Take(count).ToList() : [];

    /// <summary>The tile of median density at <paramref name="z"/> among the tiles holding any data: a typical tile.</summary>
    public (TileAddress Tile, long Count) Median(int z) => _byZoom[z][_byZoom[z].Count / 2];

    private static string ReadSql(string file)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream($"GeoRelief.Benchmarks.Tiles.Sql.{file}")
            ?? throw new InvalidOperationException($"The SQL file {file} is not embedded.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
