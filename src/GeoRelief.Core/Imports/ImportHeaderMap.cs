namespace GeoRelief.Core.Imports;

/// <summary>
/// Maps the headers of an input file to a layer's attributes and to its position columns. A header matches a
/// field's own column name first, then one of its aliases (compared by <see cref="HeaderNames.Normalize"/>), then
/// the same without a unit in brackets (<see cref="HeaderNames.WithoutUnit"/>);
/// a header naming nothing known is ignored and listed.
/// </summary>
public sealed class ImportHeaderMap
{
    private readonly Dictionary<string, (ImportColumnRole Role, int FieldIndex)> _lookup;

    /// <summary>Prepares a map for a layer with <paramref name="rules"/>; <paramref name="hasGeometry"/> enables the position columns.</summary>
    public ImportHeaderMap(IReadOnlyList<ImportFieldRule> rules, bool hasGeometry)
    {
        ArgumentNullException.ThrowIfNull(rules);
        Rules = rules;
        _lookup = new Dictionary<string, (ImportColumnRole, int)>(StringComparer.Ordinal);
        for (var i = 0; i < rules.Count; i++)
        {
            _lookup[HeaderNames.Normalize(rules[i].Column)] = (ImportColumnRole.Field, i);
        }

        for (var i = 0; i < rules.Count; i++)
        {
            foreach (var alias in rules[i].Aliases)
            {
                _lookup.TryAdd(HeaderNames.Normalize(alias), (ImportColumnRole.Field, i));
            }
        }

        if (hasGeometry)
        {
            Add(CoordinateColumns.Longitude, ImportColumnRole.Longitude);
            Add(CoordinateColumns.Latitude, ImportColumnRole.Latitude);
            Add(CoordinateColumns.Wkt, ImportColumnRole.Wkt);
        }
    }

    /// <summary>The layer's attributes, in the order field indexes refer to.</summary>
    public IReadOnlyList<ImportFieldRule> Rules { get; }

    /// <summary>What one header maps to.</summary>
    public ImportColumn Map(string header)
    {
        ArgumentNullException.ThrowIfNull(header);
        var key = HeaderNames.Normalize(header);
        return _lookup.TryGetValue(key, out var hit) || (HeaderNames.WithoutUnit(key) is { } bare && _lookup.TryGetValue(bare, out hit))
            ? new ImportColumn(header, hit.Role, hit.FieldIndex)
            : new ImportColumn(header, ImportColumnRole.Ignored, -1);
    }

    /// <summary>
    /// Maps a header row. When two headers map to the same attribute or position, the first is used and a
    /// <see cref="ImportProblemCodes.DuplicateColumn"/> problem names the second.
    /// </summary>
    public IReadOnlyList<ImportColumn> MapAll(IReadOnlyList<string> headers, ICollection<ImportProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(headers);
        ArgumentNullException.ThrowIfNull(problems);
        var taken = new Dictionary<(ImportColumnRole, int), string>();
        var columns = new List<ImportColumn>(headers.Count);
        foreach (var header in headers)
        {
            var column = Map(header);
            if (column.Role != ImportColumnRole.Ignored && !taken.TryAdd((column.Role, column.FieldIndex), header))
            {
                var target = column.Role == ImportColumnRole.Field ? Rules[column.FieldIndex].Column : column.Role.ToString().ToLowerInvariant();
                problems.Add(new ImportProblem(
                    0, target, ImportProblemCodes.DuplicateColumn,
                    $"The columns '{taken[(column.Role, column.FieldIndex)]}' and '{header}' both map to '{target}'; the first is used.",
                    header, "Remove or rename one of the two columns.", ImportSeverity.Warning));
                column = column with { Role = ImportColumnRole.Ignored, FieldIndex = -1 };
            }

            columns.Add(column);
        }

        return columns;
    }

    private void Add(IReadOnlyList<string> aliases, ImportColumnRole role)
    {
        foreach (var alias in aliases)
        {
            _lookup.TryAdd(HeaderNames.Normalize(alias), (role, -1));
        }
    }
}
