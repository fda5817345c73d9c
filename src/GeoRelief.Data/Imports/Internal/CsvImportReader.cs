using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using GeoRelief.Core.Imports;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;

namespace GeoRelief.Data.Imports.Internal;

/// <summary>
/// CSV in UTF-8 (with or without BOM), GBK or GB18030, decoded strictly: a byte sequence that is not valid in the
/// encoding stops the import with a "wrong encoding" report line instead of importing mojibake.
/// </summary>
internal sealed class CsvImportReader(string path, string? encodingName, ImportHeaderMap map, bool hasGeometry) : IImportReader
{
    private static readonly GeometryFactory Factory = new();
    private readonly List<string> _fields = [];
    private StreamReader? _reader;
    private CsvTokenizer? _tokenizer;
    private IReadOnlyList<ImportColumn> _columns = [];
    private int _lon = -1;
    private int _lat = -1;
    private int _wkt = -1;

    public string? Encoding { get; private set; }

    public string? DeclaredCrs => null;

    public Task OpenAsync(ICollection<ImportProblem> problems, CancellationToken cancellationToken)
    {
        Encoding encoding;
        if (encodingName is null)
        {
            encoding = ImportEncodings.Find("utf-8")!;
            Encoding = "utf-8";
        }
        else
        {
            encoding = ImportEncodings.Find(encodingName)!;
            Encoding = ImportEncodings.Canonical(encodingName);
        }

        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        _reader = new StreamReader(stream, encoding, detectEncodingFromByteOrderMarks: encodingName is null, bufferSize: 1 << 16);
        _tokenizer = new CsvTokenizer(_reader);
        if (!Next())
        {
            throw new ImportFileProblemException(new ImportProblem(0, null, ImportProblemCodes.UnreadableFile, "The file is empty: it has no header row.", null, "Export the table with its header row."));
        }

        _columns = map.MapAll([.. _fields], problems);
        for (var i = 0; i < _columns.Count; i++)
        {
            switch (_columns[i].Role)
            {
                case ImportColumnRole.Longitude:
                    _lon = i;
                    break;
                case ImportColumnRole.Latitude:
                    _lat = i;
                    break;
                case ImportColumnRole.Wkt:
                    _wkt = i;
                    break;
                case ImportColumnRole.Ignored when !problems.Any(p => p.Value == _columns[i].Header):
                    problems.Add(PropertyMapper.IgnoredColumn(_columns[i].Header));
                    break;
            }
        }

        if (hasGeometry && _wkt < 0 && (_lon < 0 || _lat < 0))
        {
            problems.Add(new ImportProblem(
                1, "geometry", ImportProblemCodes.MissingColumn, "The file has no position: no longitude and latitude columns and no WKT column.", string.Join(",", _fields),
                "Name the columns 经度/纬度, lon/lat, lng/lat, longitude/latitude or x/y; or give a WKT geometry in a column named wkt or geometry."));
        }

        var mapped = _columns.Where(c => c.Role == ImportColumnRole.Field).Select(c => c.FieldIndex).ToHashSet();
        for (var i = 0; i < map.Rules.Count; i++)
        {
            var rule = map.Rules[i];
            if (rule.Required && !mapped.Contains(i))
            {
                problems.Add(new ImportProblem(
                    1, rule.Column, ImportProblemCodes.MissingColumn, $"The required column '{rule.Column}' is missing.", null,
                    "Add a column named " + string.Join(" or ", rule.Aliases.Prepend(rule.Column).Select(a => $"'{a}'")) + "."));
            }
        }

        return Task.CompletedTask;
    }

    public async IAsyncEnumerable<ImportRecord> ReadAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var count = 0;
        while (Next())
        {
            if (++count % 4096 == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                await Task.Yield();
            }

            var values = new string?[map.Rules.Count];
            for (var i = 0; i < _columns.Count && i < _fields.Count; i++)
            {
                if (_columns[i].Role == ImportColumnRole.Field)
                {
                    values[_columns[i].FieldIndex] = _fields[i];
                }
            }

            var (geometry, problem) = hasGeometry ? ReadGeometry() : (null, null);
            yield return new ImportRecord(_tokenizer!.RecordLine, values, geometry, problem);
        }
    }

    public void Finish(ICollection<ImportProblem> problems)
    {
    }

    public ValueTask DisposeAsync()
    {
        _reader?.Dispose();
        return ValueTask.CompletedTask;
    }

    private bool Next()
    {
        try
        {
            return _tokenizer!.TryReadRecord(_fields);
        }
        catch (DecoderFallbackException e)
        {
            var line = _tokenizer!.RecordLine;
            var hint = Encoding == "utf-8"
                ? "The file is not UTF-8: spreadsheets in Chinese often save GBK. Try --encoding gbk (or gb18030), or save the file as \"CSV UTF-8\"."
                : "The file is not " + Encoding + ": try --encoding utf-8 or gb18030.";
            throw new ImportFileProblemException(
                new ImportProblem(line, null, ImportProblemCodes.WrongEncoding, $"Wrong encoding: the bytes near line {line} are not valid {Encoding}.", BytesText(e.BytesUnknown), hint), e);
        }
        catch (FormatException e)
        {
            throw new ImportFileProblemException(new ImportProblem(_tokenizer!.RecordLine, null, ImportProblemCodes.UnreadableFile, e.Message, null, "Close the quote, or remove the stray \"."), e);
        }
    }

    private static string? BytesText(byte[]? bytes) => bytes is null ? null : Convert.ToHexString(bytes);

    private (Geometry? Geometry, string? Problem) ReadGeometry()
    {
        if (_wkt >= 0 && _wkt < _fields.Count && _fields[_wkt].Length > 0)
        {
            try
            {
                return (new WKTReader(Factory.GeometryServices).Read(_fields[_wkt]), null);
            }
            catch (ParseException e)
            {
                return (null, $"The WKT '{Shorten(_fields[_wkt])}' cannot be read: {e.Message}");
            }
        }

        if (_lon < 0 || _lat < 0)
        {
            return (null, null);
        }

        var lonText = _lon < _fields.Count ? _fields[_lon] : string.Empty;
        var latText = _lat < _fields.Count ? _fields[_lat] : string.Empty;
        if (lonText.Length == 0 && latText.Length == 0)
        {
            return (null, null);
        }

        if (!double.TryParse(lonText, NumberStyles.Float, CultureInfo.InvariantCulture, out var lon) || !double.IsFinite(lon))
        {
            return (null, $"The longitude '{lonText}' is not a number.");
        }

        if (!double.TryParse(latText, NumberStyles.Float, CultureInfo.InvariantCulture, out var lat) || !double.IsFinite(lat))
        {
            return (null, $"The latitude '{latText}' is not a number.");
        }

        return (Factory.CreatePoint(new Coordinate(lon, lat)), null);
    }

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..57] + "...";
}
