using System.Runtime.CompilerServices;
using ExcelDataReader;
using GeoRelief.Core.Imports;

namespace GeoRelief.Data.Imports.Internal;

/// <summary>
/// Excel workbooks (.xlsx, and .xls as older programs save them), read by ExcelDataReader one row at a time. The
/// worksheet imported is the one named (<c>--sheet</c>, <c>sheet</c>), or else the first visible one whose header
/// (<see cref="TableHeader"/>: a title row above it is passed over with a warning) names the layer's columns. Cells become the texts the planner sees
/// (<see cref="SpreadsheetCellText"/>); row numbers are the worksheet's own, as Excel shows them.
/// </summary>
internal sealed class ExcelImportReader(string path, string? encodingName, string? sheetName, ImportHeaderMap map, bool hasGeometry) : IImportReader
{
    private Stream? _stream;
    private IExcelDataReader? _reader;
    private TableColumns? _columns;
    private long _row;

    public string? Encoding => null;

    public string? DeclaredCrs => null;

    public Task OpenAsync(ICollection<ImportProblem> problems, CancellationToken cancellationToken)
    {
        _stream = File.OpenRead(path);
        // Only for an .xls that does not name its code page; Chinese Excel names 936 (GBK). Finding it first also
        // registers the code pages, which ExcelReaderConfiguration needs before it is made.
        var fallback = ImportEncodings.Find(encodingName ?? "gbk")!;
        var configuration = new ExcelReaderConfiguration { FallbackEncoding = fallback };

        try
        {
            _reader = ExcelReaderFactory.CreateReader(_stream, configuration);
            var sheets = SurveySheets();
            var chosen = Choose(sheets);
            foreach (var other in sheets.Where(s => s != chosen && s.FirstRows.Count > 0))
            {
                problems.Add(new ImportProblem(
                    0, null, ImportProblemCodes.OtherWorksheet, $"The workbook's worksheet '{other.Name}' was not imported; only '{chosen.Name}' was.", other.Name,
                    $"Import it too, naming it: georelief import FILE --sheet '{other.Name}' (sheet={other.Name} in the API).", ImportSeverity.Warning));
            }

            _reader.Reset();
            for (var i = 0; i < chosen.Index; i++)
            {
                _reader.NextResult();
            }

            var header = chosen.FirstRows[chosen.Header ?? 0];
            if (chosen.Header > 0)
            {
                problems.Add(TableHeader.RowsAbove($"Worksheet '{chosen.Name}'", chosen.FirstRows, chosen.Header.Value));
            }

            while (_row < header.Row && ReadRow() is not null)
            {
            }

            _columns = new TableColumns(header.Row, header.Cells, map, hasGeometry, problems);
        }
        catch (Exception e) when (IsDamage(e))
        {
            throw Damaged(e);
        }

        return Task.CompletedTask;
    }

    public async IAsyncEnumerable<ImportRecord> ReadAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var count = 0;
        while (ReadRow() is { } cells)
        {
            if (++count % 4096 == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                await Task.Yield();
            }

            if (cells.Any(c => c.Length > 0) && _columns!.Record(_row, cells) is { } record)
            {
                yield return record;
            }
        }
    }

    public void Finish(ICollection<ImportProblem> problems) => _columns?.Finish(problems);

    public ValueTask DisposeAsync()
    {
        _reader?.Dispose();
        _stream?.Dispose();
        return ValueTask.CompletedTask;
    }

    /// <summary>The next row's cell texts (its number in <see cref="_row"/>), or null after the worksheet's last row.</summary>
    private string[]? ReadRow()
    {
        try
        {
            if (!_reader!.Read())
            {
                return null;
            }
        }
        catch (Exception e) when (IsDamage(e))
        {
            throw Damaged(e);
        }

        _row++;
        var cells = new string[_reader.FieldCount];
        for (var i = 0; i < cells.Length; i++)
        {
            cells[i] = SpreadsheetCellText.Of(_reader.GetValue(i), _reader.GetNumberFormatString(i));
        }

        return cells;
    }

    /// <summary>What a damaged or foreign file throws from inside the reader: the zip, the XML, the BIFF records.</summary>
    private static bool IsDamage(Exception e) =>
        e is ExcelDataReader.Exceptions.ExcelReaderException or InvalidDataException or IOException or System.Xml.XmlException or NotSupportedException;

    private ImportFileProblemException Damaged(Exception e) => new(
        new ImportProblem(
            _row, null, ImportProblemCodes.UnreadableFile, "The workbook cannot be read" + (_row > 0 ? $" after row {_row}" : "") + ": " + e.Message, null,
            "Open it in Excel or WPS and save it again as .xlsx, or save the worksheet as CSV UTF-8."),
        e);

    /// <summary>The worksheet named, or the first with the layer's header, or the first with data.</summary>
    private Sheet Choose(List<Sheet> sheets)
    {
        if (sheetName is not null)
        {
            var named = sheets.FirstOrDefault(s => s.Name.Trim() == sheetName.Trim())
                ?? throw new ImportFileProblemException(new ImportProblem(
                    0, null, ImportProblemCodes.UnknownWorksheet, $"The workbook has no visible worksheet '{sheetName}'.", sheetName,
                    "Name one of its worksheets: " + string.Join(", ", sheets.Select(s => $"'{s.Name}'")) + "."));
            return named.FirstRows.Count > 0
                ? named
                : throw new ImportFileProblemException(new ImportProblem(
                    0, null, ImportProblemCodes.UnreadableFile, $"The worksheet '{named.Name}' is empty.", named.Name, "Name the worksheet that holds the table."));
        }

        return sheets.FirstOrDefault(s => s.Header is not null) ?? sheets.FirstOrDefault(s => s.FirstRows.Count > 0)
            ?? throw new ImportFileProblemException(new ImportProblem(
                0, null, ImportProblemCodes.UnreadableFile, "The workbook has no visible worksheet with data.", null, "Put the table on the first worksheet, with its header row."));
    }

    /// <summary>Every visible worksheet's first non-empty rows and the header found among them.</summary>
    private List<Sheet> SurveySheets()
    {
        var sheets = new List<Sheet>();
        var index = 0;
        do
        {
            if (string.Equals(_reader!.VisibleState, "visible", StringComparison.OrdinalIgnoreCase))
            {
                _row = 0;
                var rows = new List<(long Row, string[] Cells)>();
                while (rows.Count < TableHeader.SearchRows && ReadRow() is { } cells)
                {
                    if (cells.Any(c => c.Length > 0))
                    {
                        rows.Add((_row, [.. cells.Select(c => c.Trim())]));
                    }
                }

                sheets.Add(new Sheet(index, _reader.Name, rows, TableHeader.Find(rows, map)));
            }

            index++;
        }
        while (_reader.NextResult());
        _row = 0;
        return sheets;
    }

    /// <summary>A visible worksheet: its position in the workbook, name, first non-empty rows and the index of its header among them.</summary>
    private sealed record Sheet(int Index, string Name, List<(long Row, string[] Cells)> FirstRows, int? Header);
}
