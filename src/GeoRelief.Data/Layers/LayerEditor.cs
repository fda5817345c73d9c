using GeoRelief.Data.Audit;
using GeoRelief.Data.Layers.Internal;
using GeoRelief.Data.Sql;
using Npgsql;
using NpgsqlTypes;

namespace GeoRelief.Data.Layers;

/// <summary>
/// Writes features of any catalogued layer, one request in one transaction: lock the stored feature, check the
/// ETag and the token's unit, write, link the feature to its village and township (or cut a road into township
/// pieces), check the unit again, append the audit row, commit. Anything refused leaves the database untouched.
/// </summary>
public sealed class LayerEditor(NpgsqlDataSource dataSource)
{
    /// <summary>Creates a feature; <see cref="EditOutcome.AlreadyExists"/> when its key is taken.</summary>
    public Task<EditResult> CreateAsync(LayerDefinition layer, FeatureInput input, ChangeAuthor author, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        return WriteAsync(layer, input.Key, input, null, AuditAction.Create, author, cancellationToken);
    }

    /// <summary>
    /// Replaces a feature's attributes and geometry (attributes left out get their defaults). <paramref name="ifMatch"/>
    /// holds the ETags of If-Match (<c>*</c> for any); null when the request had none.
    /// </summary>
    public Task<EditResult> ReplaceAsync(LayerDefinition layer, FeatureInput input, IReadOnlyCollection<string>? ifMatch, ChangeAuthor author, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        return WriteAsync(layer, input.Key, input, ifMatch, AuditAction.Update, author, cancellationToken);
    }

    /// <summary>Deletes a feature (and, through the schema's cascades, what hangs on it: yearly figures, road pieces, links).</summary>
    public Task<EditResult> DeleteAsync(LayerDefinition layer, LayerKey key, IReadOnlyCollection<string>? ifMatch, ChangeAuthor author, CancellationToken cancellationToken) =>
        WriteAsync(layer, key, null, ifMatch, AuditAction.Delete, author, cancellationToken);

    private async Task<EditResult> WriteAsync(LayerDefinition layer, LayerKey key, FeatureInput? input, IReadOnlyCollection<string>? ifMatch, AuditAction action, ChangeAuthor author, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(layer);
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(author);
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        var before = await LayerReader.GetAsync(connection, layer, key, forUpdate: true, ct);
        if (action == AuditAction.Create && before is not null)
        {
            return new EditResult(EditOutcome.AlreadyExists, CurrentETag: before.ETag);
        }

        if (action != AuditAction.Create && before is null)
        {
            return new EditResult(EditOutcome.NotFound);
        }

        if (before is not null && ifMatch is not null && !ifMatch.Contains("*") && !ifMatch.Contains(before.ETag))
        {
            return new EditResult(EditOutcome.PreconditionFailed, CurrentETag: before.ETag);
        }

        if (before is not null && await OutsideScopeAsync(connection, layer, key, author, ct) is { } outsideBefore)
        {
            return new EditResult(EditOutcome.OutsideScope, OutsideCodes: outsideBefore);
        }

        try
        {
            await using (var write = WriteCommand(connection, layer, key, input, action))
            {
                await write.ExecuteNonQueryAsync(ct);
            }

            if (action != AuditAction.Delete)
            {
                await LinkAsync(connection, layer, key, ct);
            }
        }
        catch (PostgresException e) when (RejectionOf(layer, input, e, action) is { } rejection)
        {
            return rejection;
        }

        LayerRecord? after = null;
        if (action != AuditAction.Delete)
        {
            if (await OutsideScopeAsync(connection, layer, key, author, ct) is { } outsideAfter)
            {
                return new EditResult(EditOutcome.OutsideScope, OutsideCodes: outsideAfter);
            }

            after = await LayerReader.GetAsync(connection, layer, key, forUpdate: false, ct);
        }

        await AuditLog.AppendAsync(
            connection, author, layer.Name, key.Text, action,
            before is null ? null : FeatureJson.ToApiJson(layer, before),
            after is null ? null : FeatureJson.ToApiJson(layer, after),
            ct);
        await transaction.CommitAsync(ct);
        var outcome = action switch { AuditAction.Create => EditOutcome.Created, AuditAction.Update => EditOutcome.Updated, _ => EditOutcome.Deleted };
        return new EditResult(outcome, after);
    }

    private static NpgsqlCommand WriteCommand(NpgsqlConnection connection, LayerDefinition layer, LayerKey key, FeatureInput? input, AuditAction action)
    {
        if (action == AuditAction.Delete)
        {
            var delete = new NpgsqlCommand(LayerSql.Delete(layer), connection);
            LayerRecordReader.AddKey(delete, key);
            return delete;
        }

        var given = input!.Values.Select(v => v is not null).ToList();
        var sql = action == AuditAction.Create
            ? LayerSql.Insert(layer, given, input.Geometry is not null)
            : LayerSql.Update(layer, given, input.Geometry is not null);
        var command = new NpgsqlCommand(sql, connection);
        var fields = layer.WritableFields;
        for (var i = 0; i < fields.Count; i++)
        {
            if (input.Values[i] is { } value)
            {
                command.Parameters.Add(new NpgsqlParameter(LayerSql.ValueParameter(i), LayerRecordReader.DbType(fields[i].Type)) { Value = value });
            }
        }

        if (input.Geometry is not null)
        {
            command.Parameters.AddWithValue(LayerSql.GeometryParameter, NpgsqlDbType.Bytea, input.Geometry);
        }

        if (action == AuditAction.Update)
        {
            LayerRecordReader.AddKey(command, key);
        }

        return command;
    }

    /// <summary>Ties the written feature to where it lies: points to their village and township, roads to township pieces.</summary>
    private static async Task LinkAsync(NpgsqlConnection connection, LayerDefinition layer, LayerKey key, CancellationToken ct)
    {
        if (layer.IsLinked)
        {
            await using var link = new NpgsqlCommand(LayerSql.Link(layer), connection);
            LayerRecordReader.AddKey(link, key);
            await link.ExecuteNonQueryAsync(ct);
        }

        if (layer == LayerCatalog.Roads)
        {
            foreach (var file in new[] { "delete_road_pieces.sql", "cut_road_pieces.sql" })
            {
                await using var pieces = new NpgsqlCommand(EmbeddedSql.Read("Layers/Sql/" + file), connection);
                LayerRecordReader.AddKey(pieces, key);
                await pieces.ExecuteNonQueryAsync(ct);
            }
        }
    }

    /// <summary>
    /// Null when the author may edit the feature as it now stands; otherwise its located codes (empty when it lies in
    /// no unit at all): a token scoped to a unit may touch only features all of whose codes lie within that unit.
    /// </summary>
    private static async Task<IReadOnlyList<string>?> OutsideScopeAsync(NpgsqlConnection connection, LayerDefinition layer, LayerKey key, ChangeAuthor author, CancellationToken ct)
    {
        if (author.Within is null)
        {
            return null;
        }

        var codes = await LocatedCodesAsync(connection, layer, key, ct);
        return codes.Count > 0 && codes.All(c => c.StartsWith(author.Within, StringComparison.Ordinal)) ? null : codes;
    }

    internal static async Task<IReadOnlyList<string>> LocatedCodesAsync(NpgsqlConnection connection, LayerDefinition layer, LayerKey key, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(LayerSql.ScopeCodes(layer), connection);
        LayerRecordReader.AddKey(command, key);
        await using var reader = await command.ExecuteReaderAsync(ct);
        var codes = new List<string>();
        while (await reader.ReadAsync(ct))
        {
            codes.Add(reader.GetString(0));
        }

        return codes;
    }

    /// <summary>The database's refusal as a result naming the field, or null for errors that are not about the input.</summary>
    private static EditResult? RejectionOf(LayerDefinition layer, FeatureInput? input, PostgresException e, AuditAction action)
    {
        if (e.SqlState == PostgresErrorCodes.UniqueViolation && action == AuditAction.Create)
        {
            return new EditResult(EditOutcome.AlreadyExists);
        }

        var field = layer.Fields
            .Where(f => f.Column == e.ColumnName || (e.ConstraintName?.Contains(f.Column, StringComparison.Ordinal) ?? false))
            .OrderByDescending(f => f.Column == e.ColumnName ? int.MaxValue : f.Column.Length)
            .FirstOrDefault();
        var name = field?.ApiName ?? "feature";
        var value = field is null || input is null ? null : input.Values.ElementAtOrDefault(IndexOfWritable(layer, field));
        var message = e.SqlState switch
        {
            PostgresErrorCodes.ForeignKeyViolation when action == AuditAction.Delete =>
                $"Other features still refer to this {layer.Name} feature ({e.ConstraintName}): delete or change them first.",
            PostgresErrorCodes.ForeignKeyViolation =>
                $"'{name}' is '{value}', which does not exist in the layer it refers to: check the id, or create that feature first.",
            PostgresErrorCodes.CheckViolation =>
                $"'{name}' breaks the rule {e.ConstraintName}: {field?.Description ?? "check the values against docs/api.md."}",
            PostgresErrorCodes.NotNullViolation =>
                $"'{name}' is required: {field?.Description}",
            PostgresErrorCodes.NumericValueOutOfRange or PostgresErrorCodes.StringDataRightTruncation =>
                $"A value is too large to store: {e.MessageText}.",
            _ => null,
        };
        return message is null ? null : new EditResult(EditOutcome.Rejected, Errors: new Dictionary<string, string[]> { [name] = [message] });
    }

    private static int IndexOfWritable(LayerDefinition layer, LayerField field)
    {
        var fields = layer.WritableFields;
        for (var i = 0; i < fields.Count; i++)
        {
            if (fields[i].Column == field.Column)
            {
                return i;
            }
        }

        return -1;
    }
}
