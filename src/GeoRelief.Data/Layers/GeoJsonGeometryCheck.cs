using System.Text.Json;
using GeoRelief.Core.Coordinates;
using GeoRelief.Data.Layers.Internal;
using Npgsql;
using NpgsqlTypes;

namespace GeoRelief.Data.Layers;

/// <summary>
/// A GeoJSON geometry sent to the API, read as PostGIS reads it and checked for what every use of it needs: one of
/// the types asked for, lon/lat in CGCS2000 (no other "crs"), not empty, valid, inside China (with a hint when the
/// axes look swapped) and where GeoRelief has data — a point in a village of the database, a line or area touching
/// one (the import's rule; the nearest village is named otherwise). Each problem is a sentence naming the member.
/// </summary>
public static class GeoJsonGeometryCheck
{
    private const int Srid = 4490;

    /// <summary>
    /// The geometry as EWKB (a Polygon made a MultiPolygon when <paramref name="multi"/>), or the problem with it.
    /// <paramref name="member"/> names it in the message (<c>geometry</c>, <c>candidates[2].geometry</c>);
    /// <paramref name="types"/> are the PostGIS types taken (POINT, POLYGON, …); <paramref name="wanted"/> ends the
    /// sentence that refuses another type ("relocation-sites holds Points: send a Point").
    /// </summary>
    public static async Task<(byte[]? Ewkb, string? Problem)> CheckAsync(
        NpgsqlDataSource dataSource, JsonElement geometry, string member, IReadOnlyCollection<string> types, string wanted, bool multi, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(dataSource);
        ArgumentNullException.ThrowIfNull(types);
        if (geometry.ValueKind != JsonValueKind.Object)
        {
            return (null, $"'{member}' must be a GeoJSON geometry object such as {{\"type\": \"Point\", \"coordinates\": [109.2, 26.7]}}, not {FeatureValidation.Describe(geometry)}.");
        }

        await using var command = dataSource.CreateCommand(LayerSql.Fixed("check_geometry.sql"));
        command.Parameters.AddWithValue("geojson", NpgsqlDbType.Text, geometry.GetRawText());
        command.Parameters.AddWithValue("has_crs", NpgsqlDbType.Boolean, geometry.TryGetProperty("crs", out _));
        command.Parameters.AddWithValue("multi", NpgsqlDbType.Boolean, multi);
        try
        {
            await using var reader = await command.ExecuteReaderAsync(ct);
            await reader.ReadAsync(ct);
            var type = reader.GetString(0);
            var srid = reader.GetInt32(1);
            var empty = reader.GetBoolean(2);
            var validity = reader.GetString(3);
            var ewkb = reader.GetFieldValue<byte[]>(8);
            if (!types.Contains(type, StringComparer.OrdinalIgnoreCase))
            {
                return (null, $"'{member}' is a {type}, but {wanted}.");
            }

            if (srid != Srid)
            {
                return (null, $"'{member}' names the coordinate system EPSG:{srid}; GeoRelief stores lon/lat in CGCS2000 (EPSG:4490): convert the coordinates first (/api/v1/coordinates/convert) or leave 'crs' out if they are already lon/lat.");
            }

            if (empty)
            {
                return (null, $"'{member}' is empty: give its coordinates.");
            }

            if (validity != "Valid Geometry")
            {
                return (null, $"'{member}' is not a valid {Title(type)}: {validity}. Fix the outline (rings must close and must not cross themselves) and send it again.");
            }

            var box = new BoundingBox(reader.GetDouble(4), reader.GetDouble(5), reader.GetDouble(6), reader.GetDouble(7));
            await reader.DisposeAsync(); // its connection back to the pool before the location query takes one
            if (!InsideChina(box))
            {
                var swapped = InsideChina(new BoundingBox(box.MinLat, box.MinLon, box.MaxLat, box.MaxLon));
                return (null, $"'{member}' lies outside China (lon {FeatureValidation.Number(box.MinLon)}…{FeatureValidation.Number(box.MaxLon)}, lat {FeatureValidation.Number(box.MinLat)}…{FeatureValidation.Number(box.MaxLat)}); GeoJSON coordinates are [longitude, latitude] in degrees"
                    + (swapped ? ": these look swapped — write each position as [lon, lat]." : ": check that they are degrees in CGCS2000, not projected metres."));
            }

            return await LocationProblemAsync(dataSource, member, type, ewkb, ct) is { } problem ? (null, problem) : (ewkb, null);
        }
        catch (PostgresException e) when (e.SqlState is PostgresErrorCodes.InternalError or PostgresErrorCodes.InvalidParameterValue or PostgresErrorCodes.DataException)
        {
            return (null, $"'{member}' is not a GeoJSON geometry PostGIS can read ({e.MessageText}); send e.g. {{\"type\": \"Point\", \"coordinates\": [109.2, 26.7]}}.");
        }
    }

    /// <summary>
    /// Null when the geometry lies in (a point) or touches (a line, an area) a village of the database, as an import
    /// requires; otherwise a message naming the nearest village. A feature in no village would drop out of every figure
    /// of its township and county without a word; a siting candidate there has no data to be scored on.
    /// </summary>
    private static async Task<string?> LocationProblemAsync(NpgsqlDataSource dataSource, string member, string type, byte[] ewkb, CancellationToken ct)
    {
        await using var command = dataSource.CreateCommand(LayerSql.Fixed("check_location.sql"));
        command.Parameters.AddWithValue("ewkb", NpgsqlDbType.Bytea, ewkb);
        await using var reader = await command.ExecuteReaderAsync(ct);
        await reader.ReadAsync(ct);
        if (reader.GetBoolean(0))
        {
            return null;
        }

        var where = type is "POINT" or "MULTIPOINT" ? "lies in no village" : "touches no village";
        var nearest = reader.IsDBNull(1)
            ? " (no village boundaries are loaded)"
            : $"; the nearest is {reader.GetString(2)} ({reader.GetString(1)}), {FeatureValidation.Number(Math.Round(reader.GetDouble(3) / 1000, 1))} km away";
        return $"'{member}' {where} of the database{nearest}. GeoRelief ties every feature to the village it lies in: check the coordinates, [longitude, latitude] in CGCS2000; a point picked on AMap or Baidu is GCJ-02 or BD-09, convert it first (/api/v1/coordinates/convert).";
    }

    /// <summary>LINESTRING → LineString, MULTIPOLYGON → MultiPolygon: the GeoJSON name of a PostGIS type.</summary>
    private static string Title(string type) => type switch
    {
        "POINT" => "Point",
        "LINESTRING" => "LineString",
        "POLYGON" => "Polygon",
        "MULTIPOINT" => "MultiPoint",
        "MULTILINESTRING" => "MultiLineString",
        "MULTIPOLYGON" => "MultiPolygon",
        _ => type,
    };

    private static bool InsideChina(BoundingBox box) =>
        Gcj02.IsInsideOffsetBox(new LonLat(box.MinLon, box.MinLat)) && Gcj02.IsInsideOffsetBox(new LonLat(box.MaxLon, box.MaxLat));
}
