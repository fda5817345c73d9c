using GeoRelief.Core.Tiles;
using Microsoft.Data.Sqlite;

namespace GeoRelief.Server.Tests.Packages;

/// <summary>Reads an MBTiles file back for tests: its metadata rows and its tiles by their TMS address.</summary>
internal static class MbTilesFile
{
    public static async Task<Dictionary<string, string>> MetadataAsync(string path)
    {
        await using var connection = await OpenAsync(path);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT name, value FROM metadata";
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new Dictionary<string, string>(StringComparer.Ordinal);
        while (await reader.ReadAsync())
        {
            rows[reader.GetString(0)] = reader.GetString(1);
        }

        return rows;
    }

    /// <summary>Every tile, keyed by its XYZ address (the TMS row flipped back), with its stored (gzip) bytes.</summary>
    public static async Task<Dictionary<TileAddress, byte[]>> TilesAsync(string path)
    {
        await using var connection = await OpenAsync(path);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT zoom_level, tile_column, tile_row, tile_data FROM tiles";
        await using var reader = await command.ExecuteReaderAsync();
        var tiles = new Dictionary<TileAddress, byte[]>();
        while (await reader.ReadAsync())
        {
            var z = reader.GetInt32(0);
            tiles[TileAddress.Create(z, reader.GetInt32(1), (1 << z) - 1 - reader.GetInt32(2))] = reader.GetFieldValue<byte[]>(3);
        }

        return tiles;
    }

    private static async Task<SqliteConnection> OpenAsync(string path)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        await connection.OpenAsync();
        return connection;
    }
}
