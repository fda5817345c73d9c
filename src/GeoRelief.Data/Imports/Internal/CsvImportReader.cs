using System.Runtime.CompilerServices;
using System.Text;
using GeoRelief.Core.Imports;

namespace GeoRelief.Data.Imports.Internal;

/// <summary>
/// CSV in UTF-8 (with or without BOM), GBK or GB18030, decoded strictly: a byte sequence that is not valid in the
/// encoding stops the import with a "wrong encoding" report line instead of importing mojibake. The header is found as a
/// worksheet's is (<see cref="TableHeader"/>): a title line above it is passed over with a warning.
/// </summary>
internal sealed class CsvImportReader(string path, string? encodingName, ImportHeaderMap map, bool hasGeometry) : IImportReader
{
    private readonly List<string> _fields = [];
    private readonly Queue<(long Row, string[] Cells)> _pending = new();
    private StreamReader? _reader;
    private CsvTokenizer? _tokenizer;
    private TableColumns? _columns;

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
        _tokenizer = new CsvTokenizer(_reader, Delimiter(path));
        var first = new List<(long Row, string[] Cells)>();
        while (first.Count < TableHeader.SearchRows && Next())
        {
            first.Add((_tokenizer.RecordLine, [.. _fields]));
        }

        if (first.Count == 0)
        {
            throw new ImportFileProblemException(new ImportProblem(0, null, ImportProblemCodes.UnreadableFile, "The file is empty: it has no header row.", null, "Export the table with its header row."));
        }

        var header = TableHeader.Find(first, map) ?? 0;
        if (header > 0)
        {
            problems.Add(TableHeader.RowsAbove("The file", first, header));
        }

        _columns = new TableColumns(first[header].Row, first[header].Cells, map, hasGeometry, problems);
        foreach (var row in first.Skip(header + 1))
        {
            _pending.Enqueue(row);
        }

        return Task.CompletedTask;
    }

    public async IAsyncEnumerable<ImportRecord> ReadAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        while (_pending.TryDequeue(out var early))
        {
            if (_columns!.Record(early.Row, early.Cells) is { } record)
            {
                yield return record;
            }
        }

        var count = 0;
        while (Next())
        {
            if (++count % 4096 == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                await Task.Yield();
            }

            if (_columns!.Record(_tokenizer!.RecordLine, _fields) is { } record)
            {
                yield return record;
            }
        }
    }

    public void Finish(ICollection<ImportProblem> problems) => _columns?.Finish(problems);

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
            // The line of the record begun last; none yet while the first is read.
            var line = Math.Max(_tokenizer!.RecordLine, 1);
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

    /// <summary>
    /// The field separator, from the header line: a comma, unless the header has none and holds tabs (a table saved as
    /// "text, tab separated", or copied out of a spreadsheet) or semicolons (spreadsheets set up for a decimal comma).
    /// Read leniently: a header in another encoding still shows its separators, and the strict reading comes after.
    /// </summary>
    private static char Delimiter(string path)
    {
        using var reader = new StreamReader(path, System.Text.Encoding.Latin1, detectEncodingFromByteOrderMarks: true);
        var header = reader.ReadLine() ?? string.Empty;
        return header.Contains(',', StringComparison.Ordinal) ? ','
            : header.Contains('\t', StringComparison.Ordinal) ? '\t'
            : header.Contains(';', StringComparison.Ordinal) ? ';'
            : ',';
    }

    private static string? BytesText(byte[]? bytes) => bytes is null ? null : Convert.ToHexString(bytes);
}
