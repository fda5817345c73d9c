using System.Globalization;
using System.Text;
using GeoRelief.Data.Internal;
using GeoRelief.Data.Sql;

namespace GeoRelief.Data.Layers.Internal;

/// <summary>
/// Fills the layer-generic SQL templates of <c>Layers/Sql</c> for one layer. Everything put into the SQL text
/// comes from the layer catalogue (table and column names, quoted through <see cref="SqlIdentifier"/>), from
/// fixed fragment files, or is a parameter name; every value stays a bound parameter (<c>@k0</c>, <c>@v3</c>, …).
/// </summary>
internal static class LayerSql
{
    /// <summary>The parameter holding the geometry as EWKB.</summary>
    public const string GeometryParameter = "geometry";

    public static string Select(LayerDefinition layer, GeometryEncoding encoding, bool bbox) =>
        Fill("select.sql", layer, encoding, ("bbox", Fragment(bbox ? "bbox.sql" : "no_filter.sql")));

    public static string SelectOne(LayerDefinition layer, bool forUpdate) =>
        Fill(forUpdate ? "select_one_for_update.sql" : "select_one.sql", layer, GeometryEncoding.GeoJson);

    /// <summary>INSERT of the writable columns; <paramref name="given"/> says which have a value (the rest get DEFAULT).</summary>
    public static string Insert(LayerDefinition layer, IReadOnlyList<bool> given, bool geometryGiven)
    {
        var (columns, values) = Assignments(layer, given, geometryGiven, includeKey: true);
        return Fill("insert.sql", layer, GeometryEncoding.GeoJson, ("columns", columns), ("values", values));
    }

    /// <summary>UPDATE of every writable non-key column.</summary>
    public static string Update(LayerDefinition layer, IReadOnlyList<bool> given, bool geometryGiven)
    {
        var (columns, values) = Assignments(layer, given, geometryGiven, includeKey: false);
        return Fill("update.sql", layer, GeometryEncoding.GeoJson, ("columns", columns), ("values", values));
    }

    public static string Delete(LayerDefinition layer) => Fill("delete.sql", layer, GeometryEncoding.GeoJson);

    public static string Link(LayerDefinition layer) => Fill("link_feature.sql", layer, GeometryEncoding.GeoJson);

    public static string ScopeCodes(LayerDefinition layer) => Fill("scope_codes.sql", layer, GeometryEncoding.GeoJson);

    public static string Fixed(string file) => EmbeddedSql.Read("Layers/Sql/" + file);

    /// <summary>Name of the parameter of the i-th writable field.</summary>
    public static string ValueParameter(int index) => "v" + index.ToString(CultureInfo.InvariantCulture);

    /// <summary>Name of the parameter of the i-th key part.</summary>
    public static string KeyParameter(int index) => "k" + index.ToString(CultureInfo.InvariantCulture);

    private static (string Columns, string Values) Assignments(LayerDefinition layer, IReadOnlyList<bool> given, bool geometryGiven, bool includeKey)
    {
        var columns = new List<string>();
        var values = new List<string>();
        var fields = layer.WritableFields;
        for (var i = 0; i < fields.Count; i++)
        {
            if (!includeKey && layer.KeyColumns.Contains(fields[i].Column))
            {
                continue;
            }

            columns.Add(SqlIdentifier.Quote(fields[i].Column));
            values.Add(given[i] ? "@" + ValueParameter(i) : "DEFAULT");
        }

        if (layer.HasGeometry)
        {
            columns.Add(SqlIdentifier.Quote("geom"));
            values.Add(geometryGiven ? Fragment("geometry_input.sql") : "DEFAULT");
        }

        return (string.Join(", ", columns), string.Join(", ", values));
    }

    private static string Fill(string file, LayerDefinition layer, GeometryEncoding encoding, params (string Name, string Text)[] extra)
    {
        var keys = layer.KeyFields;
        var values = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["table"] = SqlIdentifier.Quote(layer.Table),
            ["key_text"] = string.Join(" || ':' || ", keys.Select(k => Column(k.Column) + "::text")),
            ["key_predicate"] = string.Join(" AND ", keys.Select((k, i) => Column(k.Column) + " = @" + KeyParameter(i))),
            ["key_columns"] = string.Join(", ", keys.Select(k => Column(k.Column))),
            ["geometry"] = !layer.HasGeometry ? string.Empty : Fragment(
                encoding == GeometryEncoding.GeoJson ? "geometry_geojson.sql" : layer.IsPointLayer ? "geometry_lonlat.sql" : "geometry_wkt.sql"),
            ["codes"] = Fragment("Codes/" + layer.Table + ".sql"),
        };
        values["columns"] = string.Join(", ", layer.Fields.Select(f => Column(f.Column)));
        foreach (var (name, text) in extra)
        {
            values[name] = text;
        }

        var template = Fixed(file);
        var sql = new StringBuilder(template.Length + 256);
        var position = 0;
        while (position < template.Length)
        {
            var open = template.IndexOf('{', position);
            if (open < 0)
            {
                sql.Append(template, position, template.Length - position);
                break;
            }

            var close = template.IndexOf('}', open);
            var name = template[(open + 1)..close];
            sql.Append(template, position, open - position);
            sql.Append(values.TryGetValue(name, out var text) ? text : throw new InvalidOperationException($"Layers/Sql/{file} has the unknown placeholder {{{name}}}."));
            position = close + 1;
        }

        return sql.ToString();
    }

    private static string Column(string column) => "t." + SqlIdentifier.Quote(column);

    // Fragments are whole lines in their files; the comment-free ones are inlined without their line end.
    private static string Fragment(string file) => Fixed(file).Trim();
}
