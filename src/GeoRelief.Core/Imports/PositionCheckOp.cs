using System.Globalization;
using GeoRelief.Core.Coordinates;
using NetTopologySuite.Geometries;

namespace GeoRelief.Core.Imports;

/// <summary>
/// Flags features that lie outside China or far outside every county of the database, and says when reading the
/// input differently would put them inside: longitude and latitude swapped, GCJ-02 or BD-09 instead of CGCS2000,
/// or Gauss–Krüger metres of a particular zone. One instance per import (it holds ProjNET transforms).
/// </summary>
public sealed class PositionCheckOp
{
    /// <summary>China's extent used for the "outside China" test, degrees (with the South China Sea islands).</summary>
    public static readonly Envelope China = new(73.4, 135.1, 3.8, 53.6);

    private readonly PositionCheckParameters _parameters;
    private readonly Envelope[] _expanded;
    private readonly Dictionary<int, CrsTransformOp> _alternatives = [];

    /// <summary>Prepares the check.</summary>
    public PositionCheckOp(PositionCheckParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        _parameters = parameters;
        _expanded = [.. parameters.Counties.Select(c =>
        {
            var e = c.Envelope.Copy();
            e.ExpandBy(parameters.MarginDegrees);
            return e;
        })];
    }

    /// <summary>
    /// The problem with a feature whose converted geometry is <paramref name="stored"/> (CGCS2000) and whose first
    /// input position was <paramref name="raw"/>, or null when it lies where expected.
    /// </summary>
    public ImportProblem? Check(long row, Geometry stored, CrsPoint raw)
    {
        ArgumentNullException.ThrowIfNull(stored);
        var envelope = stored.EnvelopeInternal;
        if (!China.Contains(envelope))
        {
            return new ImportProblem(
                row, "geometry", ImportProblemCodes.OutsideChina,
                string.Create(CultureInfo.InvariantCulture, $"The position ({raw.X}, {raw.Y}) read as {_parameters.Source.Identifier} lies outside China."),
                Value(raw), Hint(raw) ?? "Check the coordinates and the coordinate system (--crs).");
        }

        if (_expanded.Length == 0)
        {
            return null;
        }

        foreach (var county in _expanded)
        {
            if (county.Intersects(envelope))
            {
                return null;
            }
        }

        return new ImportProblem(
            row, "geometry", ImportProblemCodes.FarOutsideCounty,
            string.Create(CultureInfo.InvariantCulture, $"The position ({raw.X}, {raw.Y}) read as {_parameters.Source.Identifier} lies far (more than {_parameters.MarginDegrees}°) outside every county in the database ({string.Join(", ", _parameters.Counties.Select(c => c.Name))})."),
            Value(raw), Hint(raw) ?? "Check the coordinates, the coordinate system (--crs), and that the county's boundaries are loaded.");
    }

    // Formatted only for a report line: a million rows that lie where expected need no text.
    private static string Value(CrsPoint raw) => string.Create(CultureInfo.InvariantCulture, $"{raw.X} {raw.Y}");

    /// <summary>The first other reading of <paramref name="raw"/> that would put it inside a county (or China when no counties are known).</summary>
    private string? Hint(CrsPoint raw)
    {
        var source = _parameters.Source;
        var swapped = new CrsPoint(raw.Y, raw.X);
        if (Where(Convert(source, swapped)) is { } swappedInside)
        {
            return $"With longitude and latitude swapped it would lie in {swappedInside}: check the column order (longitude is east, 73–135° in China).";
        }

        if (Math.Abs(raw.X) > 180 || Math.Abs(raw.Y) > 90)
        {
            foreach (var code in GaussKrugerCandidates(raw))
            {
                if (Where(Convert(CrsRegistry.FromEpsg(code), raw)) is { } inside)
                {
                    return string.Create(CultureInfo.InvariantCulture, $"The numbers look like metres: read as EPSG:{code} ({CrsRegistry.FromEpsg(code).Name}) they would lie in {inside}; import with --crs EPSG:{code}.");
                }
            }

            return "The numbers look like projected metres, not degrees: give the file's coordinate system with --crs (e.g. EPSG:4524 for CGCS2000 3° Gauss–Krüger zone 36).";
        }

        foreach (var other in new[] { CrsRegistry.Gcj02, CrsRegistry.Bd09, CrsRegistry.Cgcs2000 })
        {
            if (other.Kind != source.Kind && Where(Convert(other, raw)) is { } inside)
            {
                return $"Read as {other.Identifier} it would lie in {inside}; import with --crs {other.Identifier}.";
            }
        }

        return null;
    }

    private static IEnumerable<int> GaussKrugerCandidates(CrsPoint raw)
    {
        // Zone-prefixed eastings name their zone: 36 512 345 m is 3° zone 36 (EPSG:4524) or 6° zone 19 (EPSG:4497).
        var prefix = (int)Math.Floor(raw.X / 1_000_000);
        if (prefix is >= 25 and <= 45)
        {
            yield return 4488 + prefix;
        }

        if (prefix is >= 13 and <= 23)
        {
            yield return 4478 + prefix;
        }

        if (raw.X is > 0 and < 1_000_000)
        {
            for (var code = 4534; code <= 4554; code++)
            {
                yield return code;
            }

            for (var code = 4502; code <= 4512; code++)
            {
                yield return code;
            }
        }
    }

    private LonLat? Convert(CoordinateReferenceSystem from, CrsPoint point)
    {
        var key = from.EpsgCode ?? (int)from.Kind;
        if (!_alternatives.TryGetValue(key, out var op))
        {
            op = new CrsTransformOp(new CrsTransformParameters(from, CrsRegistry.Cgcs2000));
            _alternatives[key] = op;
        }

        var result = op.Transform(point);
        return double.IsFinite(result.X) && double.IsFinite(result.Y) ? new LonLat(result.X, result.Y) : null;
    }

    private string? Where(LonLat? position)
    {
        if (position is not { } p || !China.Contains(p.Lon, p.Lat))
        {
            return null;
        }

        if (_parameters.Counties.Count == 0)
        {
            return "China";
        }

        for (var i = 0; i < _expanded.Length; i++)
        {
            if (_expanded[i].Contains(p.Lon, p.Lat))
            {
                return $"{_parameters.Counties[i].Name} ({_parameters.Counties[i].Code})";
            }
        }

        return null;
    }
}
