using System.Globalization;
using GeoRelief.Data.Internal;
using GeoRelief.Data.Layers;
using GeoRelief.Data.Sql;

namespace GeoRelief.Data.Imports.Internal;

/// <summary>
/// The import SQL of one layer: the embedded templates with their {placeholders} filled from the layer catalogue
/// (identifiers, quoted once by <see cref="SqlIdentifier"/>) and from the target table's own declaration in
/// pg_catalog (column types and defaults). No value from the input is ever part of the text: values are parameters.
/// </summary>
internal sealed class ImportSqlTemplates
{
    // ANALYZE samples 300 rows per unit of the target: 3,000 rows of the stage instead of the default's 30,000.
    private const int StageStatisticsTarget = 10;

    private readonly LayerDefinition _layer;
    private readonly IReadOnlyList<LayerField> _inputs;
    private readonly IReadOnlyDictionary<string, (string Type, string? Default)> _target;

    public ImportSqlTemplates(LayerDefinition layer, IReadOnlyDictionary<string, (string Type, string? Default)> target)
    {
        _layer = layer;
        _inputs = ImportLayers.InputFields(layer);
        _target = target;
    }

    public static string Read(string file) => EmbeddedSql.Read("Imports/Sql/" + file);

    public string CreateStage() => Read("create_stage.sql").Replace(
        "{field_columns}", string.Join(",\n  ", _inputs.Select(f => Q(f.Column) + " " + ImportLayers.SqlType(f.Type))), StringComparison.Ordinal);

    public string CopyStage() => Read("copy_stage.sql").Replace("{field_names}", string.Join(", ", _inputs.Select(f => Q(f.Column))), StringComparison.Ordinal);

    /// <summary>ANALYZE of the stage's row number, key columns and two flags, from a small sample (analyze_stage.sql).</summary>
    public string AnalyzeStage()
    {
        var columns = _layer.KeyColumns.Select(Q).Prepend("row_no").Append("ok").Append("maybe_repeated").ToList();
        return Read("analyze_stage.sql")
            .Replace("{statistics}", string.Join(", ", columns.Select(c => $"ALTER COLUMN {c} SET STATISTICS {StageStatisticsTarget}")), StringComparison.Ordinal)
            .Replace("{columns}", string.Join(", ", columns), StringComparison.Ordinal);
    }

    public string CheckDuplicates() => Keys(Read("check_duplicates.sql"));

    /// <summary>The duplicate-key check of a layer keyed by one text column, over the candidate keys given as @keys.</summary>
    public string CheckDuplicatesOfKeys() => Keys(Read("check_duplicates_of_keys.sql"));

    public string Quarantine() => Keys(Read("quarantine.sql"));

    public string SelectChanged() => Changed(Read("select_changed.sql"), "l");

    /// <summary>
    /// The changed rows as a view over the valid rows, for a stage that names no key the layer holds: the located rows
    /// of a point layer (which carry their staged columns and their codes under one alias), else the staged rows.
    /// </summary>
    public string SelectAllNew() => Changed(Read("select_all_new.sql"), "s")
        .Replace("{all_new_source}", _layer.IsLinked ? "import_located" : "import_stage", StringComparison.Ordinal);

    public string SelectOverlap() => Read("select_overlap.sql")
        .Replace("{key_join}", KeyJoin("s"), StringComparison.Ordinal)
        .Replace("{table}", Q(_layer.Table), StringComparison.Ordinal);

    public string SelectExistingKeys() => Keys(Read("select_existing_keys.sql")).Replace("{table}", Q(_layer.Table), StringComparison.Ordinal);

    public string InsertNew()
    {
        var columns = Columns();
        return Read("insert_new.sql")
            .Replace("{table}", Q(_layer.Table), StringComparison.Ordinal)
            .Replace("{columns}", string.Join(", ", columns.Select(Q)), StringComparison.Ordinal);
    }

    public string UpdateChanged()
    {
        var updated = Columns().Where(c => !_layer.KeyColumns.Contains(c)).ToList();
        return Read("update_changed.sql")
            .Replace("{table}", Q(_layer.Table), StringComparison.Ordinal)
            .Replace("{set_list}", string.Join(", ", updated.Select(c => $"{Q(c)} = c.{Q(c)}")), StringComparison.Ordinal)
            .Replace("{key_join}", KeyJoin("c"), StringComparison.Ordinal)
            .Replace("{target_columns}", string.Join(", ", updated.Select(c => "t." + Q(c))), StringComparison.Ordinal)
            .Replace("{changed_columns}", string.Join(", ", updated.Select(c => "c." + Q(c))), StringComparison.Ordinal);
    }

    /// <summary>The token-scope check over the rows about to be written, with the located codes of the Layers API.</summary>
    public string CheckScope() => Read("check_scope.sql")
        .Replace("{codes}", EmbeddedSql.Read("Layers/Sql/Codes/" + _layer.Table + ".sql").Trim().TrimEnd(';'), StringComparison.Ordinal)
        .Replace("{key_text_t}", KeyText("t"), StringComparison.Ordinal)
        .Replace("{key_text_n}", KeyText("n"), StringComparison.Ordinal)
        .Replace("{geometry_t}", _layer.GeometryType is null ? "NULL::geometry" : "t.geom", StringComparison.Ordinal)
        .Replace("{key_join}", KeyJoin("n"), StringComparison.Ordinal)
        .Replace("{table}", Q(_layer.Table), StringComparison.Ordinal);

    /// <summary>
    /// The linkage of a point layer (locate_points.sql) on a grid of <paramref name="cellsPerDegree"/>, one of
    /// <see cref="LinkageGrid"/>'s constants; a layer with declared village codes compares them with the location in the
    /// same pass. With <paramref name="carryStage"/> (all rows new) the located rows carry every staged column for the
    /// insert; otherwise, in such a layer, the declared code and the position, which the declared-code check reports.
    /// </summary>
    public string LocatePoints(bool carryStage, string cellsPerDegree)
    {
        var declared = _layer.Field("declared_village_code") is not null;
        var differs = declared
            ? "(s.declared_village_code IS NOT NULL AND left(a.code, length(s.declared_village_code)) <> s.declared_village_code)"
            : "false";
        var carried = carryStage ? string.Concat(_inputs.Select(f => ", s." + Q(f.Column))) + ", s.geom, s.raw_x, s.raw_y, s.ok"
            : declared ? ", s.declared_village_code, s.geom"
            : string.Empty;
        return Read("locate_points.sql")
            .Replace("{declared_differs}", differs, StringComparison.Ordinal)
            .Replace("{stage_columns}", carried, StringComparison.Ordinal)
            .Replace("{cells_per_degree}", cellsPerDegree, StringComparison.Ordinal);
    }

    /// <summary>The raw positions of the rows written: import_changed, or the valid staged rows when all of them were new.</summary>
    public static string RecordRawPositions(bool allNew) => Read("record_raw_positions.sql").Replace(
        "{changed}", allNew ? "(SELECT id, raw_x, raw_y FROM import_stage WHERE ok)" : "import_changed", StringComparison.Ordinal);

    public string CountTargetRows() => Read("count_target_rows.sql").Replace("{table}", Q(_layer.Table), StringComparison.Ordinal);

    /// <summary>The columns written: input fields, located fields, geometry.</summary>
    private List<string> Columns()
    {
        var columns = _layer.Fields.Select(f => f.Column).ToList();
        if (_layer.GeometryType is not null)
        {
            columns.Add("geom");
        }

        return columns;
    }

    /// <summary>
    /// A changed-rows template with the layer's select list, comparison, location join and key join filled in; located
    /// fields are read from <paramref name="located"/>.
    /// </summary>
    private string Changed(string template, string located)
    {
        var columns = Columns();
        var expressions = columns.Select(c => Expression(c, located)).ToList();
        return Keys(template)
            .Replace("{select_list}", string.Join(", ", columns.Select((c, i) => expressions[i] + " AS " + Q(c))), StringComparison.Ordinal)
            .Replace("{select_expressions}", string.Join(", ", expressions), StringComparison.Ordinal)
            .Replace("{target_columns}", string.Join(", ", columns.Select(c => "t." + Q(c))), StringComparison.Ordinal)
            .Replace("{location_join}", _layer.IsLinked ? "LEFT JOIN import_located AS l USING (row_no)" : string.Empty, StringComparison.Ordinal)
            .Replace("{key_join}", KeyJoin("s"), StringComparison.Ordinal)
            .Replace("{key_first}", Q(_layer.KeyColumns[0]), StringComparison.Ordinal)
            .Replace("{table}", Q(_layer.Table), StringComparison.Ordinal);
    }

    /// <summary>The staged value of a column, cast to the target's type, with the target's default when left empty.</summary>
    private string Expression(string column, string located)
    {
        if (column == "geom")
        {
            return "s.geom";
        }

        var field = _layer.Field(column)!;
        var source = (field.Located ? located + "." : "s.") + Q(column);
        var (type, defaultValue) = _target.TryGetValue(column, out var declared)
            ? declared
            : throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"The column {_layer.Table}.{column} of the catalogue does not exist in the database."));
        var cast = $"{source}::{type}";
        return defaultValue is null || field.Required ? cast : $"COALESCE({cast}, {defaultValue})";
    }

    private string Keys(string sql) => sql
        .Replace("{key_columns}", string.Join(", ", _layer.KeyColumns.Select(Q)), StringComparison.Ordinal)
        .Replace("{key_not_null}", string.Join(" AND ", _layer.KeyColumns.Select(k => Q(k) + " IS NOT NULL")), StringComparison.Ordinal)
        .Replace("{key_text}", "concat_ws('/', " + string.Join(", ", _layer.KeyColumns.Select(Q)) + ")", StringComparison.Ordinal);

    /// <summary>The target row (alias t) with the key of the row under <paramref name="alias"/>.</summary>
    private string KeyJoin(string alias) => string.Join(" AND ", _layer.KeyColumns.Select(k => $"t.{Q(k)} = {alias}.{Q(k)}"));

    private string KeyText(string alias) => "concat_ws('/', " + string.Join(", ", _layer.KeyColumns.Select(k => alias + "." + Q(k))) + ")";

    private static string Q(string identifier) => SqlIdentifier.Quote(identifier);
}
