using System.Globalization;
using System.Text.Json.Nodes;
using GeoRelief.Core.Tiles;
using GeoRelief.Core.Tiles.Packages;
using GeoRelief.Data.Packages;
using GeoRelief.Data.Tiles;
using Npgsql;

namespace GeoRelief.Server.Tiles.Packages;

/// <summary>
/// Seeds a PMTiles or MBTiles package of an administrative unit: every tile of the zooms that touches the unit, rendered by
/// the same <see cref="TileRenderer"/> SQL as <c>/tiles</c>, gzip-compressed. Rendered tiles go to <c>OUT.part</c> and are listed
/// in <c>OUT.journal</c> (flushed tile by tile), so an interrupted run resumes where it stopped; the archive is written
/// to a temporary file and moved into place at the end, and the journal removed.
/// </summary>
public sealed class TilePackageSeeder(NpgsqlDataSource dataSource, TileRenderer renderer)
{
    /// <summary>Seeds <paramref name="request"/>; throws <see cref="ArgumentException"/> naming what is wrong with it.</summary>
    public async Task<TilePackageSeedResult> SeedAsync(
        TilePackageSeedRequest request, IProgress<TilePackageSeedProgress> progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(progress);
        var bounds = await SeedArea.BoundsAsync(dataSource, request.Within, cancellationToken)
            ?? throw new ArgumentException($"There is no administrative unit with code {request.Within}: list them with GET /api/v1/admin-units?level=county (or /ogc/collections/admin-units/items).", nameof(request));
        var tiles = new List<TileAddress>();
        for (var z = request.MinZoom; z <= request.MaxZoom; z++)
        {
            var candidates = TileRange.Covering(bounds, z, TileRenderer.BufferFraction);
            tiles.AddRange(await SeedArea.TilesAsync(dataSource, request.Within, candidates, TileRenderer.BufferFraction, cancellationToken));
        }

        var version = (await TileChangeFeed.ReadStateAsync(dataSource, cancellationToken)).DataVersion;
        var output = Path.GetFullPath(request.OutputPath);
        Directory.CreateDirectory(Path.GetDirectoryName(output)!);
        var partPath = output + ".part";
        var journalPath = output + ".journal";
        var signature = request.Signature(version);
        var done = ReadJournal(journalPath, partPath, signature);
        var resumed = done.Count;
        var wanted = tiles.ToHashSet();
        foreach (var tile in done.Keys.Where(t => !wanted.Contains(t)).ToList())
        {
            done.Remove(tile);
        }

        await using (var part = new FileStream(partPath, FileMode.OpenOrCreate, FileAccess.Write, FileShare.Read))
        await using (var journal = new StreamWriter(journalPath, append: done.Count > 0))
        {
            part.SetLength(done.Count == 0 ? 0 : done.Values.Max(t => t.Offset + t.Length));
            part.Seek(0, SeekOrigin.End);
            if (done.Count == 0)
            {
                await journal.WriteLineAsync(signature.AsMemory(), cancellationToken);
                await journal.FlushAsync(cancellationToken);
            }

            progress.Report(new TilePackageSeedProgress(done.Count, tiles.Count, resumed));
            foreach (var tile in tiles.Where(t => !done.ContainsKey(t)))
            {
                var rendered = await renderer.RenderAsync(tile, request.Layers, request.Poverty, version, cancellationToken);
                var stored = rendered.Bytes.Length == 0 ? [] : PmTilesGzip.Compress(rendered.Bytes);
                var offset = part.Position;
                await part.WriteAsync(stored, cancellationToken);
                await part.FlushAsync(cancellationToken);
                // The journal line is written after the bytes: a line always points at complete bytes.
                await journal.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{tile} {offset} {stored.Length}").AsMemory(), cancellationToken);
                await journal.FlushAsync(cancellationToken);
                done[tile] = new PmTilesSourceTile(tile, offset, stored.Length);
                progress.Report(new TilePackageSeedProgress(done.Count, tiles.Count, resumed));
            }
        }

        var temporary = output + ".tmp";
        var centreZoom = Math.Clamp((int)Math.Floor(Math.Log2(360 / Math.Max(bounds.Width, 1e-6))), request.MinZoom, request.MaxZoom);
        var info = new PmTilesArchiveInfo(
            Metadata(request, version), bounds, (bounds.MinX + bounds.MaxX) / 2, (bounds.MinY + bounds.MaxY) / 2, centreZoom);
        TilePackageSeedResult result;
        await using (var source = new FileStream(partPath, FileMode.Open, FileAccess.Read))
        {
            if (request.Format == TilePackageFormat.MbTiles)
            {
                var written = await MbTilesWriter.WriteAsync(temporary, source, [.. done.Values], info, request.MinZoom, request.MaxZoom, cancellationToken);
                var stored = done.Values.Where(t => t.Length > 0).Select(t => t.Tile.Z).ToList();
                result = new TilePackageSeedResult(
                    output, TilePackageFormat.MbTiles, written, written,
                    stored.Count == 0 ? 0 : stored.Min(), stored.Count == 0 ? 0 : stored.Max(), tiles.Count - resumed, resumed);
            }
            else
            {
                PmTilesHeader header;
                await using (var archive = new FileStream(temporary, FileMode.Create, FileAccess.Write))
                {
                    header = PmTilesWriter.Write(archive, source, [.. done.Values], info);
                }

                result = new TilePackageSeedResult(
                    output, TilePackageFormat.PmTiles, (long)header.AddressedTiles, (long)header.TileContents,
                    header.MinZoom, header.MaxZoom, tiles.Count - resumed, resumed);
            }
        }

        File.Move(temporary, output, overwrite: true);
        File.Delete(partPath);
        File.Delete(journalPath);
        return result;
    }

    /// <summary>The tiles an earlier run of the same request completed; an unreadable or foreign journal starts afresh.</summary>
    private static Dictionary<TileAddress, PmTilesSourceTile> ReadJournal(string journalPath, string partPath, string signature)
    {
        var done = new Dictionary<TileAddress, PmTilesSourceTile>();
        if (!File.Exists(journalPath) || !File.Exists(partPath))
        {
            return done;
        }

        var lines = File.ReadAllLines(journalPath);
        if (lines.Length == 0 || lines[0] != signature)
        {
            return done;
        }

        var partLength = new FileInfo(partPath).Length;
        foreach (var line in lines.Skip(1))
        {
            var fields = line.Split(' ');
            var zxy = fields[0].Split('/');
            // A line cut short by the interruption, or bytes that never reached the disk, end the resumable part.
            if (fields.Length != 3 || zxy.Length != 3
                || !int.TryParse(zxy[0], CultureInfo.InvariantCulture, out var z) || !int.TryParse(zxy[1], CultureInfo.InvariantCulture, out var x)
                || !int.TryParse(zxy[2], CultureInfo.InvariantCulture, out var y)
                || !long.TryParse(fields[1], CultureInfo.InvariantCulture, out var offset) || !int.TryParse(fields[2], CultureInfo.InvariantCulture, out var length)
                || offset + length > partLength || !TileAddress.TryCreate(z, x, y, out var tile, out _, out _))
            {
                break;
            }

            done[tile] = new PmTilesSourceTile(tile, offset, length);
        }

        return done;
    }

    private static string Metadata(TilePackageSeedRequest request, long version)
    {
        var layers = new JsonArray();
        foreach (var layer in request.Layers)
        {
            var fields = new JsonObject();
            foreach (var field in layer.Fields)
            {
                fields[field.Name] = field.Type;
            }

            layers.Add(new JsonObject
            {
                ["id"] = layer.Name,
                ["description"] = layer.Description,
                ["minzoom"] = request.MinZoom,
                ["maxzoom"] = request.MaxZoom,
                ["fields"] = fields,
            });
        }

        return new JsonObject
        {
            ["name"] = string.Join(',', request.Layers.Select(l => l.Name)),
            ["description"] = $"GeoRelief tiles of {string.Join(", ", request.Layers.Select(l => l.Title))} within {request.Within}, zooms {request.MinZoom}–{request.MaxZoom}.",
            ["attribution"] = "GeoRelief (sample data: synthetic geometry)",
            ["type"] = "overlay",
            ["vector_layers"] = layers,
            ["georelief:within"] = request.Within,
            ["georelief:dataVersion"] = version,
        }.ToJsonString();
    }
}
