using System.Globalization;
using System.Text.Json.Nodes;
using GeoRelief.Core.Tiles.Packages;
using GeoRelief.Data.Sql;
using Microsoft.Data.Sqlite;

namespace GeoRelief.Data.Packages;

/// <summary>
/// Writes an MBTiles 1.3 file of vector tiles: the metadata table (name, format=pbf, bounds, center, minzoom, maxzoom,
/// json with <c>vector_layers</c>, and the other string fields of the package metadata) and the tiles table with
/// gzip-compressed MVT in the TMS scheme (the row counted from the bottom). Every value is a bound parameter.
/// </summary>
public static class MbTilesWriter
{
    /// <summary>
    /// Writes the tiles of <paramref name="tiles"/> (gzip bytes read from <paramref name="source"/>; empty tiles are left
    /// out) to a new SQLite file at <paramref name="path"/>, replacing any file there. Returns the number of tiles written.
    /// </summary>
    public static async Task<int> WriteAsync(
        string path,
        Stream source,
        IReadOnlyList<PmTilesSourceTile> tiles,
        PmTilesArchiveInfo info,
        int minZoom,
        int maxZoom,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(tiles);
        ArgumentNullException.ThrowIfNull(info);
        File.Delete(path);
        // No pooling: the file must be closed when this returns, so that it can be moved into place.
        var connectionString = new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadWriteCreate, Pooling = false };
        await using var connection = new SqliteConnection(connectionString.ToString());
        await connection.OpenAsync(cancellationToken);
        await using (var schema = connection.CreateCommand())
        {
            schema.CommandText = EmbeddedSql.Read("Packages/Sql/mbtiles_schema.sql");
            await schema.ExecuteNonQueryAsync(cancellationToken);
        }

        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        await using (var metadata = connection.CreateCommand())
        {
            metadata.Transaction = transaction;
            metadata.CommandText = EmbeddedSql.Read("Packages/Sql/mbtiles_insert_metadata.sql");
            var name = metadata.Parameters.Add("@name", SqliteType.Text);
            var value = metadata.Parameters.Add("@value", SqliteType.Text);
            foreach (var (key, text) in MetadataRows(info, minZoom, maxZoom))
            {
                name.Value = key;
                value.Value = text;
                await metadata.ExecuteNonQueryAsync(cancellationToken);
            }
        }

        var written = 0;
        await using (var insert = connection.CreateCommand())
        {
            insert.Transaction = transaction;
            insert.CommandText = EmbeddedSql.Read("Packages/Sql/mbtiles_insert_tile.sql");
            var zoom = insert.Parameters.Add("@zoom", SqliteType.Integer);
            var column = insert.Parameters.Add("@column", SqliteType.Integer);
            var row = insert.Parameters.Add("@row", SqliteType.Integer);
            var data = insert.Parameters.Add("@data", SqliteType.Blob);
            foreach (var tile in tiles.Where(t => t.Length > 0).OrderBy(t => t.Tile.Z).ThenBy(t => t.Tile.X).ThenBy(t => t.Tile.Y))
            {
                var bytes = new byte[tile.Length];
                source.Seek(tile.Offset, SeekOrigin.Begin);
                await source.ReadExactlyAsync(bytes, cancellationToken);
                zoom.Value = tile.Tile.Z;
                column.Value = tile.Tile.X;
                row.Value = (1 << tile.Tile.Z) - 1 - tile.Tile.Y;
                data.Value = bytes;
                await insert.ExecuteNonQueryAsync(cancellationToken);
                written++;
            }
        }

        await transaction.CommitAsync(cancellationToken);
        return written;
    }

    /// <summary>
    /// The metadata rows: the required ones of MBTiles 1.3 for vector tiles, then every other top-level field of the
    /// package metadata (name, description, attribution, type, …) as text; <c>vector_layers</c> goes into <c>json</c>.
    /// </summary>
    private static List<(string Name, string Value)> MetadataRows(PmTilesArchiveInfo info, int minZoom, int maxZoom)
    {
        var package = JsonNode.Parse(info.MetadataJson)!.AsObject();
        var b = info.Bounds;
        List<(string Name, string Value)> rows =
        [
            ("format", "pbf"),
            ("bounds", string.Create(CultureInfo.InvariantCulture, $"{b.MinX:R},{b.MinY:R},{b.MaxX:R},{b.MaxY:R}")),
            ("center", string.Create(CultureInfo.InvariantCulture, $"{info.CenterLongitude:R},{info.CenterLatitude:R},{info.CenterZoom}")),
            ("minzoom", minZoom.ToString(CultureInfo.InvariantCulture)),
            ("maxzoom", maxZoom.ToString(CultureInfo.InvariantCulture)),
            ("json", new JsonObject { ["vector_layers"] = package["vector_layers"]?.DeepClone() ?? new JsonArray() }.ToJsonString()),
        ];
        foreach (var (key, value) in package)
        {
            if (key != "vector_layers" && value is not null && rows.TrueForAll(r => r.Name != key))
            {
                rows.Add((key, value is JsonValue plain && plain.TryGetValue<string>(out var text) ? text : value.ToJsonString()));
            }
        }

        return rows;
    }
}
