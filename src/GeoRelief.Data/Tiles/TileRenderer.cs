using GeoRelief.Core.Tiles;
using GeoRelief.Data.Sql;
using Npgsql;
using NpgsqlTypes;

namespace GeoRelief.Data.Tiles;

/// <summary>
/// Renders tiles in PostGIS: each layer's embedded SQL (<c>ST_TileEnvelope</c> → <c>ST_AsMVTGeom</c> → <c>ST_AsMVT</c>),
/// all layers of a tile in one batch (one round trip), every value a bound parameter. The encoded layers are
/// concatenated — a vector tile is a sequence of layers — and a <see cref="TileMetaLayer"/> is appended when any layer
/// was thinned or clustered.
/// </summary>
public sealed class TileRenderer(NpgsqlDataSource dataSource, PovertyClassifier povertyClassifier)
{
    /// <summary>Tile extent in tile units (MVT default).</summary>
    public const int Extent = 4096;

    /// <summary>Render buffer in tile units on each side: features this far outside the tile are still drawn in it.</summary>
    public const int Buffer = 64;

    /// <summary>The render buffer as a share of the tile width (for invalidation and bbox filters).</summary>
    public const double BufferFraction = (double)Buffer / Extent;

    /// <summary>Renders <paramref name="layers"/> of <paramref name="tile"/>; <paramref name="poverty"/> parameterises poverty-density.</summary>
    public async Task<RenderedTile> RenderAsync(
        TileAddress tile,
        IReadOnlyList<TileLayerDefinition> layers,
        PovertyDensityParameters poverty,
        long dataVersion,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(layers);
        ArgumentNullException.ThrowIfNull(poverty);
        await using var batch = CreateBatch();
        foreach (var layer in layers)
        {
            batch.BatchCommands.Add(await CreateLayerCommandAsync(tile, layer, poverty, dataVersion, cancellationToken));
        }

        try
        {
            return await ReadAsync(batch, layers, cancellationToken);
        }
        catch (PostgresException) when (cancellationToken.IsCancellationRequested)
        {
            // A statement cancelled inside PostGIS's clipping ends as "clipping routine returned NULL", not as a
            // cancellation: the caller (e.g. a client that went away) asked to stop, so it is one.
            throw new OperationCanceledException(cancellationToken);
        }
    }

    /// <summary>
    /// The bare SQL of one layer for one tile, exactly as <see cref="RenderAsync"/> runs it — the session settings,
    /// then the layer's query — for benchmarks of the floor. The caller disposes the batch.
    /// </summary>
    public async Task<NpgsqlBatch> CreateBatchAsync(
        TileAddress tile, TileLayerDefinition layer, PovertyDensityParameters poverty, long dataVersion, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(layer);
        ArgumentNullException.ThrowIfNull(poverty);
        var batch = CreateBatch();
        batch.BatchCommands.Add(await CreateLayerCommandAsync(tile, layer, poverty, dataVersion, cancellationToken));
        return batch;
    }

    private async Task<NpgsqlBatchCommand> CreateLayerCommandAsync(
        TileAddress tile, TileLayerDefinition layer, PovertyDensityParameters poverty, long dataVersion, CancellationToken cancellationToken)
    {
        var command = new NpgsqlBatchCommand(EmbeddedSql.Read(layer.SqlFile));
        await BindAsync(command.Parameters, layer, tile, poverty, dataVersion, cancellationToken);
        return command;
    }

    // Every tile batch starts with the session settings (no parallel workers), in the same round trip.
    private NpgsqlBatch CreateBatch()
    {
        var batch = dataSource.CreateBatch();
        batch.BatchCommands.Add(new NpgsqlBatchCommand(EmbeddedSql.Read("Tiles/Sql/session_settings.sql")));
        return batch;
    }

    private static async Task<RenderedTile> ReadAsync(NpgsqlBatch batch, IReadOnlyList<TileLayerDefinition> layers, CancellationToken cancellationToken)
    {
        var encoded = new List<byte[]>(layers.Count + 1);
        var thinned = new List<ThinnedLayer>();
        await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
        foreach (var layer in layers)
        {
            await reader.ReadAsync(cancellationToken);
            if (!await reader.IsDBNullAsync(0, cancellationToken))
            {
                encoded.Add(reader.GetFieldValue<byte[]>(0));
            }

            var total = reader.GetInt64(1);
            var shown = reader.GetInt64(2);
            if (shown < total)
            {
                thinned.Add(new ThinnedLayer(layer.Name, total, shown));
            }

            await reader.NextResultAsync(cancellationToken);
        }

        if (thinned.Count > 0)
        {
            encoded.Add(TileMetaLayer.Encode(thinned));
        }

        return new RenderedTile(Concatenate(encoded), thinned);
    }

    /// <summary>The layers one after the other; one layer is the tile as PostgreSQL sent it, without a copy.</summary>
    private static byte[] Concatenate(List<byte[]> parts)
    {
        if (parts.Count == 1)
        {
            return parts[0];
        }

        var bytes = new byte[parts.Sum(p => p.Length)];
        var offset = 0;
        foreach (var part in parts)
        {
            part.CopyTo(bytes, offset);
            offset += part.Length;
        }

        return bytes;
    }

    private async Task BindAsync(
        NpgsqlParameterCollection p,
        TileLayerDefinition layer,
        TileAddress tile,
        PovertyDensityParameters poverty,
        long dataVersion,
        CancellationToken cancellationToken)
    {
        p.AddWithValue("z", NpgsqlDbType.Integer, tile.Z);
        p.AddWithValue("x", NpgsqlDbType.Integer, tile.X);
        p.AddWithValue("y", NpgsqlDbType.Integer, tile.Y);
        p.AddWithValue("extent", NpgsqlDbType.Integer, Extent);
        p.AddWithValue("buffer", NpgsqlDbType.Integer, Buffer);
        p.AddWithValue("name", NpgsqlDbType.Text, layer.Name);
        var band = (short)ZoomBands.ForZoom(tile.Z).Band;
        if (layer.ClusterBelowZoom is { } unclusteredFrom)
        {
            p.AddWithValue("cluster", NpgsqlDbType.Boolean, tile.Z < unclusteredFrom);
            p.AddWithValue("cells", NpgsqlDbType.Integer, TileLayerCatalog.ClusterCellsPerTile);
            p.AddWithValue("unclustered_from", NpgsqlDbType.Integer, unclusteredFrom);
        }

        switch (layer.Name)
        {
            case "admin":
                p.AddWithValue("band", NpgsqlDbType.Smallint, band);
                p.AddWithValue("level", NpgsqlDbType.Smallint, (short)AdminZoomLevels.Boundaries(tile.Z));
                break;
            case "poverty-density":
                var level = AdminZoomLevels.Thematic(tile.Z);
                var breaks = await povertyClassifier.GetBreaksAsync(level, poverty, dataVersion, cancellationToken);
                p.AddWithValue("band", NpgsqlDbType.Smallint, band);
                p.AddWithValue("level", NpgsqlDbType.Smallint, (short)level);
                p.AddWithValue("year", NpgsqlDbType.Smallint, (short)breaks.Year);
                p.AddWithValue("indicator", NpgsqlDbType.Text, IndicatorCode(poverty.Indicator));
                p.AddWithValue("breaks", NpgsqlDbType.Array | NpgsqlDbType.Double, breaks.Breaks.ToArray());
                break;
            case "road-coverage":
                p.AddWithValue("band", NpgsqlDbType.Smallint, band);
                p.AddWithValue("min_households", NpgsqlDbType.Integer, TileLayerCatalog.RoadCoverageMinHouseholds);
                p.AddWithValue("distance_m", NpgsqlDbType.Double, TileLayerCatalog.RoadCoverageDistanceMetres);
                p.AddWithValue("villages_from", NpgsqlDbType.Integer, TileLayerCatalog.VillagesFromZoom);
                p.AddWithValue("roads_from", NpgsqlDbType.Integer, TileLayerCatalog.RoadsFromZoom);
                break;
            case "relocation":
                p.AddWithValue("links_from", NpgsqlDbType.Integer, TileLayerCatalog.RelocationLinksFromZoom);
                break;
            case "job-access":
                p.AddWithValue("villages_from", NpgsqlDbType.Integer, TileLayerCatalog.VillagesFromZoom);
                p.AddWithValue("reach_m", NpgsqlDbType.Double, TileLayerCatalog.JobReachMetres);
                break;
        }
    }

    /// <summary>The text code of an indicator as the SQL compares it.</summary>
    public static string IndicatorCode(PovertyIndicator indicator) => indicator == PovertyIndicator.Density ? "density" : "incidence";
}
