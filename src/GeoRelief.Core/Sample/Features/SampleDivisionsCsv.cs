using System.Globalization;

namespace GeoRelief.Core.Sample.Features;

/// <summary>Parses data/divisions/divisions.csv (<c>code,level,parent_code,name</c>; no quoting, names have no commas).</summary>
public static class SampleDivisionsCsv
{
    /// <summary>The divisions in file order; throws with the line number on a malformed line.</summary>
    public static IReadOnlyList<Division> Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = text.Split('\n');
        if (lines.Length == 0 || lines[0].TrimEnd('\r') != "code,level,parent_code,name")
        {
            throw new FormatException("divisions.csv must start with the header code,level,parent_code,name.");
        }

        var divisions = new List<Division>();
        for (var i = 1; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            if (line.Length == 0)
            {
                continue;
            }

            var fields = line.Split(',');
            if (fields.Length != 4 || !int.TryParse(fields[1], NumberStyles.None, CultureInfo.InvariantCulture, out var level))
            {
                throw new FormatException($"divisions.csv line {i + 1}: expected code,level,parent_code,name but found \"{line}\".");
            }

            divisions.Add(new Division(fields[0], level, fields[2].Length == 0 ? null : fields[2], fields[3]));
        }

        return divisions;
    }
}
