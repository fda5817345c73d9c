using System.Runtime.CompilerServices;
using System.Text.Json;
using GeoRelief.Core.Imports;

namespace GeoRelief.Data.Imports.Internal;

/// <summary>
/// A GeoJSON FeatureCollection streamed with <see cref="Utf8JsonReader"/>: the file is read in blocks, and only one
/// feature at a time is parsed into a document, so memory does not grow with the file. A legacy "crs" member
/// (e.g. urn:ogc:def:crs:EPSG::4524) before the features is honoured.
/// </summary>
internal sealed class GeoJsonImportReader(string path, ImportHeaderMap map) : IImportReader
{
    private const int InitialBuffer = 1 << 16;
    private readonly PropertyMapper _mapper = new(map);
    private FileStream? _stream;
    private byte[] _buffer = new byte[InitialBuffer];
    private int _start;
    private int _end;
    private bool _final;
    private JsonReaderState _state;
    private bool _inFeatures;
    private bool _done;

    public string? Encoding => "utf-8";

    public string? DeclaredCrs { get; private set; }

    public async Task OpenAsync(ICollection<ImportProblem> problems, CancellationToken cancellationToken)
    {
        _stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan | FileOptions.Asynchronous);
        _state = new JsonReaderState(new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        await FillAsync(cancellationToken);
        if (_end - _start >= 3 && _buffer[_start] == 0xEF && _buffer[_start + 1] == 0xBB && _buffer[_start + 2] == 0xBF)
        {
            _start += 3;
        }

        while (!_inFeatures && !_done)
        {
            if (!ScanHeader())
            {
                if (_final)
                {
                    throw Broken("The file ends before its \"features\" array: it is not a complete GeoJSON FeatureCollection.");
                }

                await FillAsync(cancellationToken);
            }
        }
    }

    public async IAsyncEnumerable<ImportRecord> ReadAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var row = 0L;
        var batch = new List<(string? Id, JsonDocument Document)>();
        while (!_done)
        {
            var progressed = ScanFeatures(batch);
            foreach (var (id, document) in batch)
            {
                using (document)
                {
                    yield return ToRecord(++row, document.RootElement, id);
                }
            }

            batch.Clear();
            if (!progressed && !_done)
            {
                if (_final)
                {
                    throw Broken("The file ends inside the \"features\" array: it is cut off.");
                }

                await FillAsync(cancellationToken);
            }
        }
    }

    public void Finish(ICollection<ImportProblem> problems) => _mapper.Finish(problems);

    public async ValueTask DisposeAsync()
    {
        if (_stream is not null)
        {
            await _stream.DisposeAsync();
        }
    }

    private static ImportFileProblemException Broken(string message) =>
        new(new ImportProblem(0, null, ImportProblemCodes.UnreadableFile, message, null, "Export the layer again as a GeoJSON FeatureCollection."));

    private ImportRecord ToRecord(long row, JsonElement feature, string? id)
    {
        var properties = feature.TryGetProperty("properties", out var p) ? p : default;
        var values = _mapper.Map(properties, id);
        if (!feature.TryGetProperty("geometry", out var geometry) || geometry.ValueKind == JsonValueKind.Null)
        {
            return new ImportRecord(row, values, null, null);
        }

        try
        {
            return new ImportRecord(row, values, GeoJsonGeometry.Read(geometry), null);
        }
        catch (Exception e) when (e is FormatException or InvalidOperationException or ArgumentException)
        {
            return new ImportRecord(row, values, null, "The geometry cannot be read: " + e.Message);
        }
    }

    private async Task FillAsync(CancellationToken cancellationToken)
    {
        if (_start > 0)
        {
            Buffer.BlockCopy(_buffer, _start, _buffer, 0, _end - _start);
            _end -= _start;
            _start = 0;
        }

        if (_end == _buffer.Length)
        {
            // One feature is larger than the buffer: grow it (only ever to the size of the largest feature).
            Array.Resize(ref _buffer, _buffer.Length * 2);
        }

        var read = await _stream!.ReadAsync(_buffer.AsMemory(_end), cancellationToken);
        _end += read;
        _final = read == 0;
    }

    /// <summary>Reads top-level members until the "features" array opens; false when more input is needed.</summary>
    private bool ScanHeader()
    {
        var reader = new Utf8JsonReader(_buffer.AsSpan(_start, _end - _start), _final, _state);
        try
        {
            while (true)
            {
                var before = reader.CurrentState;
                var consumed = reader.BytesConsumed;
                if (!reader.Read())
                {
                    return Commit(consumed, before, false);
                }

                if (reader.TokenType == JsonTokenType.StartObject && reader.CurrentDepth == 0)
                {
                    continue;
                }

                if (reader.TokenType != JsonTokenType.PropertyName || reader.CurrentDepth != 1)
                {
                    throw Broken("The file is not a GeoJSON FeatureCollection: expected an object with a \"features\" array.");
                }

                var name = reader.GetString();
                if (!reader.Read())
                {
                    return Commit(consumed, before, false);
                }

                if (name == "features")
                {
                    if (reader.TokenType != JsonTokenType.StartArray)
                    {
                        throw Broken("\"features\" must be an array.");
                    }

                    _inFeatures = true;
                    return Commit(reader.BytesConsumed, reader.CurrentState, true);
                }

                var valueStart = (int)reader.TokenStartIndex;
                if (!reader.TrySkip())
                {
                    return Commit(consumed, before, false);
                }

                if (name == "crs")
                {
                    using var crs = JsonDocument.Parse(_buffer.AsMemory(_start + valueStart, (int)reader.BytesConsumed - valueStart));
                    DeclaredCrs = CrsName(crs.RootElement);
                }
            }
        }
        catch (JsonException e)
        {
            throw Broken("The file is not valid JSON: " + e.Message);
        }
    }

    /// <summary>Collects the complete features in the buffer; false when none was complete (more input needed).</summary>
    private bool ScanFeatures(List<(string? Id, JsonDocument Document)> batch)
    {
        var reader = new Utf8JsonReader(_buffer.AsSpan(_start, _end - _start), _final, _state);
        var progressed = false;
        try
        {
            while (true)
            {
                var before = reader.CurrentState;
                var consumed = reader.BytesConsumed;
                if (!reader.Read())
                {
                    return Commit(consumed, before, progressed);
                }

                if (reader.TokenType == JsonTokenType.EndArray && reader.CurrentDepth == 1)
                {
                    _done = true;
                    return Commit(reader.BytesConsumed, reader.CurrentState, true);
                }

                if (reader.TokenType != JsonTokenType.StartObject)
                {
                    throw Broken("Every member of \"features\" must be a Feature object.");
                }

                var featureStart = (int)reader.TokenStartIndex;
                if (!reader.TrySkip())
                {
                    return Commit(consumed, before, progressed);
                }

                var document = JsonDocument.Parse(_buffer.AsMemory(_start + featureStart, (int)reader.BytesConsumed - featureStart));
                batch.Add((PropertyMapper.FeatureId(document.RootElement), document));
                progressed = true;
            }
        }
        catch (JsonException e)
        {
            foreach (var (_, document) in batch)
            {
                document.Dispose();
            }

            throw Broken("The file is not valid JSON: " + e.Message);
        }
    }

    private bool Commit(long consumed, JsonReaderState state, bool result)
    {
        _start += (int)consumed;
        _state = state;
        return result;
    }

    private static string? CrsName(JsonElement crs) =>
        crs.TryGetProperty("properties", out var properties) && properties.TryGetProperty("name", out var name) && name.ValueKind == JsonValueKind.String
            ? Normalize(name.GetString()!)
            : null;

    /// <summary>"urn:ogc:def:crs:EPSG::4524" and "EPSG:4524" → "EPSG:4524"; OGC CRS84 → EPSG:4326.</summary>
    private static string Normalize(string name)
    {
        if (name.EndsWith("CRS84", StringComparison.OrdinalIgnoreCase))
        {
            return "EPSG:4326";
        }

        var code = name[(name.LastIndexOf(':') + 1)..];
        return name.Contains("EPSG", StringComparison.OrdinalIgnoreCase) && code.All(char.IsAsciiDigit) && code.Length > 0 ? "EPSG:" + code : name;
    }
}
