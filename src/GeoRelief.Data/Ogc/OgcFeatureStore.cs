using System.Collections.Concurrent;
using GeoRelief.Core.Tiles;
using GeoRelief.Data.Internal;
using GeoRelief.Data.Layers;
using GeoRelief.Data.Sql;
using Npgsql;
using NpgsqlTypes;

namespace GeoRelief.Data.Ogc;

/// <summary>
/// Features of the layers of <see cref="LayerCatalog"/> as GeoJSON for OGC API – Features. The SQL templates take
/// their table, key and attribute columns from the catalogue only, each quoted once; every value is a bound parameter.
/// </summary>
public sealed class OgcFeatureStore(NpgsqlDataSource dataSource)
{
    private static readonly ConcurrentDictionary<(string File, string Layer), string> Sql = new();

    /// <summary>The layers that are feature collections: those with geometry.</summary>
    public static IReadOnlyList<LayerDefinition> Collections { get; } = [.. LayerCatalog.All.Where(l => l.GeometryType is not null)];

    /// <summary>The collection called <paramref name="name"/>, or null.</summary>
    public static LayerDefinition? Find(string name) => Collections.FirstOrDefault(l => string.Equals(l.Name, name, StringComparison.Ordinal));

    /// <summary>The lon/lat extent of <paramref name="layer"/>, or null when it holds no features.</summary>
    public async Task<TileBounds?> ExtentAsync(LayerDefinition layer, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(Template("Ogc/Sql/extent.sql", layer));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken)
            ? new TileBounds(reader.GetDouble(0), reader.GetDouble(1), reader.GetDouble(2), reader.GetDouble(3))
            : null;
    }

    /// <summary>The first and last day of <paramref name="layer"/>'s features, for a layer with a time; nulls when none has one.</summary>
    public async Task<(DateOnly? First, DateOnly? Last)> TimeExtentAsync(LayerDefinition layer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(layer);
        if (layer.Time is null)
        {
            return (null, null);
        }

        await using var command = dataSource.CreateCommand(Template("Ogc/Sql/time_extent.sql", layer));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return (reader.IsDBNull(0) ? null : reader.GetFieldValue<DateOnly>(0), reader.IsDBNull(1) ? null : reader.GetFieldValue<DateOnly>(1));
    }

    /// <summary>One page of <paramref name="layer"/>'s features under <paramref name="query"/>, and the number matched.</summary>
    public async Task<OgcFeaturePage> ItemsAsync(LayerDefinition layer, OgcItemsQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(layer);
        ArgumentNullException.ThrowIfNull(query);
        await using var batch = dataSource.CreateBatch();
        var count = new NpgsqlBatchCommand(Template("Ogc/Sql/count.sql", layer));
        BindFilters(count.Parameters, query);
        var items = new NpgsqlBatchCommand(Template("Ogc/Sql/items.sql", layer));
        BindFilters(items.Parameters, query);
        items.Parameters.AddWithValue("limit", NpgsqlDbType.Integer, query.Limit);
        items.Parameters.AddWithValue("offset", NpgsqlDbType.Bigint, query.Offset);
        batch.BatchCommands.Add(count);
        batch.BatchCommands.Add(items);
        await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        var matched = reader.GetInt64(0);
        await reader.NextResultAsync(cancellationToken);
        var features = new List<OgcFeature>();
        while (await reader.ReadAsync(cancellationToken))
        {
            features.Add(ReadFeature(reader));
        }

        return new OgcFeaturePage(matched, features);
    }

    /// <summary>The feature of <paramref name="layer"/> whose key is <paramref name="id"/>, or null.</summary>
    public async Task<OgcFeature?> ItemAsync(LayerDefinition layer, string id, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(Template("Ogc/Sql/item.sql", layer));
        command.Parameters.AddWithValue("id", NpgsqlDbType.Text, id);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? ReadFeature(reader) : null;
    }

    private static OgcFeature ReadFeature(NpgsqlDataReader reader) =>
        new(reader.GetString(0), reader.GetString(1), reader.IsDBNull(2) ? "null" : reader.GetString(2));

    private static void BindFilters(NpgsqlParameterCollection p, OgcItemsQuery query)
    {
        var box = query.Bbox ?? new TileBounds(0, 0, 0, 0);
        p.AddWithValue("has_bbox", NpgsqlDbType.Boolean, query.Bbox is not null);
        p.AddWithValue("min_x", NpgsqlDbType.Double, box.MinX);
        p.AddWithValue("min_y", NpgsqlDbType.Double, box.MinY);
        p.AddWithValue("max_x", NpgsqlDbType.Double, box.MaxX);
        p.AddWithValue("max_y", NpgsqlDbType.Double, box.MaxY);
        p.AddWithValue("within", NpgsqlDbType.Text, (object?)query.Within ?? DBNull.Value);
        p.AddWithValue("time_from", NpgsqlDbType.Date, query.From is { } from ? from : DBNull.Value);
        p.AddWithValue("time_to", NpgsqlDbType.Date, query.To is { } to ? to : DBNull.Value);
    }

    /// <summary>The SQL file with the layer's table, key and properties object filled in from the catalogue.</summary>
    private static string Template(string file, LayerDefinition layer) =>
        Sql.GetOrAdd((file, layer.Name), _ =>
        {
            // Column names also appear as JSON keys (string literals): the catalogue's are plain snake_case.
            if (layer.Fields.Any(f => !f.Column.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '_')))
            {
                throw new InvalidOperationException($"Layer {layer.Name} has a column that is not plain snake_case.");
            }

            var properties = "json_build_object(" + string.Join(", ", layer.Fields.Select(f =>
                $"'{f.Column}', t.{SqlIdentifier.Quote(f.Column)}")) + ")";
            var (start, end) = TimeExpressions(layer);
            return EmbeddedSql.Read(file)
                .Replace("{table}", SqlIdentifier.Quote(layer.Table), StringComparison.Ordinal)
                .Replace("{key}", SqlIdentifier.Quote(layer.KeyColumns[0]), StringComparison.Ordinal)
                .Replace("{properties}", properties, StringComparison.Ordinal)
                .Replace("{time_start}", start, StringComparison.Ordinal)
                .Replace("{time_end}", end, StringComparison.Ordinal);
        });

    /// <summary>The first and last day of a feature as SQL over row <c>t</c>, from the layer's catalogued columns.</summary>
    private static (string Start, string End) TimeExpressions(LayerDefinition layer)
    {
        if (layer.Time is not { } time)
        {
            return ("NULL::date", "NULL::date");
        }

        var start = Column(layer, time.StartColumn);
        return time.IsYear
            ? ($"make_date({start}, 1, 1)", $"make_date({start}, 12, 31)")
            : (start, Column(layer, time.EndColumn!));
    }

    private static string Column(LayerDefinition layer, string column) =>
        layer.Field(column) is not null
            ? "t." + SqlIdentifier.Quote(column)
            : throw new InvalidOperationException($"Layer {layer.Name}'s time names {column}, which is not one of its columns.");
}
