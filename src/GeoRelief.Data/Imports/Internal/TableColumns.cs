using System.Globalization;
using GeoRelief.Core.Imports;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;

namespace GeoRelief.Data.Imports.Internal;

/// <summary>
/// The columns of a table-shaped input (a CSV, a worksheet): which header is which attribute, which hold the position
/// (longitude and latitude, or WKT), and each row of texts as a record.
/// </summary>
internal sealed class TableColumns
{
    private static readonly GeometryFactory Factory = new();
    private readonly ImportHeaderMap _map;
    private readonly bool _hasGeometry;
    private readonly IReadOnlyList<ImportColumn> _columns;
    private readonly int _lon = -1;
    private readonly int _lat = -1;
    private readonly int _wkt = -1;
    private readonly List<ImportProblem> _totals = [];

    /// <summary>
    /// Maps <paramref name="header"/>, the file's row <paramref name="headerRow"/>; adds the report lines a header row earns
    /// (ignored, duplicate and missing columns, no position) to <paramref name="problems"/>.
    /// </summary>
    public TableColumns(long headerRow, IReadOnlyList<string> header, ImportHeaderMap map, bool hasGeometry, ICollection<ImportProblem> problems)
    {
        _map = map;
        _hasGeometry = hasGeometry;
        _columns = map.MapAll(header, problems);
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
                headerRow, "geometry", ImportProblemCodes.MissingColumn, "The file has no position: no longitude and latitude columns and no WKT column.", string.Join(",", header),
                "Name the columns 经度/纬度, lon/lat, lng/lat, longitude/latitude or x/y; or give a WKT geometry in a column named wkt or geometry."));
        }

        var mapped = _columns.Where(c => c.Role == ImportColumnRole.Field).Select(c => c.FieldIndex).ToHashSet();
        for (var i = 0; i < map.Rules.Count; i++)
        {
            var rule = map.Rules[i];
            if (rule.Required && !mapped.Contains(i))
            {
                problems.Add(new ImportProblem(
                    headerRow, rule.Column, ImportProblemCodes.MissingColumn, $"The required column '{rule.Column}' is missing.", null,
                    "Add a column named " + string.Join(" or ", rule.Aliases.Prepend(rule.Column).Select(a => $"'{a}'")) + "."));
            }
        }
    }

    /// <summary>How many of <paramref name="header"/>'s cells name an attribute or a position column of the layer.</summary>
    public static int Recognised(IReadOnlyList<string> header, ImportHeaderMap map) =>
        header.Count(h => h.Length > 0 && map.Map(h).Role != ImportColumnRole.Ignored);

    /// <summary>
    /// The record of one row of texts, <paramref name="row"/> being its line or row number in the file; null for a total
    /// or subtotal row (合计, 三江镇小计), which is noted for <see cref="Finish"/> instead.
    /// </summary>
    public ImportRecord? Record(long row, IReadOnlyList<string> fields)
    {
        if (FirstFilled(fields) is { } first && TotalRows.IsTotal(first))
        {
            _totals.Add(new ImportProblem(
                row, null, ImportProblemCodes.TotalRow, $"Row {row} is a total row ('{first.Trim()}') and was not imported.", string.Join(",", fields),
                "Nothing to do if it is one; if it is a feature, give it an id that does not read as a total.", ImportSeverity.Warning));
            return null;
        }


        var values = new string?[_map.Rules.Count];
        for (var i = 0; i < _columns.Count && i < fields.Count; i++)
        {
            if (_columns[i].Role == ImportColumnRole.Field)
            {
                values[_columns[i].FieldIndex] = fields[i];
            }
        }

        var (geometry, problem) = _hasGeometry ? ReadGeometry(fields) : (null, null);
        return new ImportRecord(row, values, geometry, problem);
    }

    /// <summary>The first non-empty cell; a loop, not LINQ, as it runs for every row of a file of a million.</summary>
    private static string? FirstFilled(IReadOnlyList<string> fields)
    {
        for (var i = 0; i < fields.Count; i++)
        {
            if (fields[i].Length > 0)
            {
                return fields[i];
            }
        }

        return null;
    }

    /// <summary>Adds a warning for each total row passed over.</summary>
    public void Finish(ICollection<ImportProblem> problems)
    {
        foreach (var total in _totals)
        {
            problems.Add(total);
        }
    }

    private (Geometry? Geometry, string? Problem) ReadGeometry(IReadOnlyList<string> fields)
    {
        if (_wkt >= 0 && _wkt < fields.Count && fields[_wkt].Length > 0)
        {
            try
            {
                return (new WKTReader(Factory.GeometryServices).Read(fields[_wkt]), null);
            }
            catch (ParseException e)
            {
                return (null, $"The WKT '{Shorten(fields[_wkt])}' cannot be read: {e.Message}");
            }
        }

        if (_lon < 0 || _lat < 0)
        {
            return (null, null);
        }

        var lonText = _lon < fields.Count ? FullWidth.ToHalfWidth(fields[_lon]) : string.Empty;
        var latText = _lat < fields.Count ? FullWidth.ToHalfWidth(fields[_lat]) : string.Empty;
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
