using System.Text;
using GeoRelief.Core.Imports;
using GeoRelief.Data.Imports;

namespace GeoRelief.Data.Tests.Imports;

/// <summary>
/// docs/import.md's column table is the layer catalogue rendered: this test fails when they drift apart.
/// GEORELIEF_WRITE_DOCS=1 rewrites the table between its markers.
/// </summary>
public sealed class ImportDocsTests
{
    private const string Start = "<!-- column table: generated from LayerCatalog by ImportDocsTests -->";
    private const string End = "<!-- end of column table -->";

    [Fact]
    public async Task The_documented_column_table_is_the_catalogue()
    {
        var path = Path.Combine(RepositoryFiles.Root(), "docs", "import.md");
        var text = (await File.ReadAllTextAsync(path)).ReplaceLineEndings("\n");
        var start = text.IndexOf(Start, StringComparison.Ordinal);
        var end = text.IndexOf(End, StringComparison.Ordinal);
        Assert.True(start >= 0 && end > start, "docs/import.md lacks the column table markers.");
        var rendered = Render();
        if (Environment.GetEnvironmentVariable("GEORELIEF_WRITE_DOCS") == "1")
        {
            text = text[..(start + Start.Length)] + "\n" + rendered + text[end..];
            await File.WriteAllTextAsync(path, text);
        }

        Assert.Equal(rendered, text[(start + Start.Length + 1)..end]);
    }

    private static string Render()
    {
        var md = new StringBuilder();
        foreach (var layer in ImportLayers.All)
        {
            md.Append("\n### `").Append(layer.Name).Append("` — ").Append(layer.TitleZh).Append(", ").Append(layer.TitleEn).Append('\n');
            md.Append("\nKey: ").Append(string.Join(" + ", layer.KeyColumns.Select(k => $"`{k}`")));
            md.Append(layer.GeometryType is null ? "; no geometry.\n\n" : $"; geometry: {layer.GeometryType}.\n\n");
            md.Append("| column | required | type | allowed | accepted headers |\n|---|---|---|---|---|\n");
            foreach (var rule in ImportLayers.Rules(layer))
            {
                var allowed = rule.AllowedValues is { } values ? string.Join(", ", values)
                    : string.Join("; ", new[]
                    {
                        rule.Minimum is { } min ? $"≥ {min}" : null,
                        rule.Maximum is { } max ? $"≤ {max}" : null,
                        rule.AtMost is { } bound ? $"≤ {bound}" : null,
                    }.Where(s => s is not null));
                md.Append("| `").Append(rule.Column).Append("` | ").Append(rule.Required ? "yes" : "").Append(" | ")
                    .Append(rule.Kind.ToString()).Append(" | ").Append(allowed).Append(" | ")
                    .Append(string.Join(", ", rule.Aliases)).Append(" |\n");
            }
        }

        md.Append("\n### Position columns (CSV)\n\n| role | accepted headers |\n|---|---|\n")
            .Append("| longitude / easting | ").Append(string.Join(", ", CoordinateColumns.Longitude)).Append(" |\n")
            .Append("| latitude / northing | ").Append(string.Join(", ", CoordinateColumns.Latitude)).Append(" |\n")
            .Append("| WKT geometry | ").Append(string.Join(", ", CoordinateColumns.Wkt)).Append(" |\n");
        return md.ToString();
    }
}
