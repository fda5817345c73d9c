using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using NetTopologySuite.Geometries;

namespace GeoRelief.Core.Sample.Features.Internal;

/// <summary>
/// GeoJSON FeatureCollections, one feature per line so the files diff well. Numbers are written in
/// their shortest round-trip form, which is culture-free and the same on every run.
/// </summary>
internal static class GeoJsonText
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string FeatureCollection<T>(string name, string description, IEnumerable<T> items, Func<T, Geometry?> geometry, Action<Utf8JsonWriter, T> properties)
    {
        var text = new StringBuilder();
        text.Append(Json(w =>
        {
            w.WriteStartObject();
            w.WriteString("type", "FeatureCollection");
            w.WriteString("name", name);
            w.WriteString("description", description);
            w.WriteEndObject();
        })[..^1]);
        text.Append(",\"features\":[");
        var first = true;
        foreach (var item in items)
        {
            text.Append(first ? "\n" : ",\n");
            first = false;
            text.Append(Json(w =>
            {
                w.WriteStartObject();
                w.WriteString("type", "Feature");
                w.WritePropertyName("properties");
                w.WriteStartObject();
                properties(w, item);
                w.WriteEndObject();
                w.WritePropertyName("geometry");
                WriteGeometry(w, geometry(item));
                w.WriteEndObject();
            }));
        }

        text.Append("\n]}\n");
        return text.ToString();
    }

    public static void WriteStrings(Utf8JsonWriter w, string name, IEnumerable<string> values)
    {
        w.WriteStartArray(name);
        foreach (var value in values)
        {
            w.WriteStringValue(value);
        }

        w.WriteEndArray();
    }

    private static string Json(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static void WriteGeometry(Utf8JsonWriter w, Geometry? g)
    {
        if (g is null)
        {
            w.WriteNullValue();
            return;
        }

        w.WriteStartObject();
        w.WriteString("type", g.GeometryType);
        w.WritePropertyName("coordinates");
        switch (g)
        {
            case Point p:
                WritePosition(w, p.Coordinate);
                break;
            case LineString l:
                WritePositions(w, l.Coordinates);
                break;
            case Polygon p:
                WritePolygon(w, p);
                break;
            case MultiPolygon m:
                w.WriteStartArray();
                foreach (var p in m.Geometries.Cast<Polygon>())
                {
                    WritePolygon(w, p);
                }

                w.WriteEndArray();
                break;
            default:
                throw new NotSupportedException($"The sample has no {g.GeometryType} geometries.");
        }

        w.WriteEndObject();
    }

    private static void WritePolygon(Utf8JsonWriter w, Polygon p)
    {
        w.WriteStartArray();
        WritePositions(w, p.ExteriorRing.Coordinates);
        foreach (var hole in p.InteriorRings)
        {
            WritePositions(w, hole.Coordinates);
        }

        w.WriteEndArray();
    }

    private static void WritePositions(Utf8JsonWriter w, Coordinate[] coordinates)
    {
        w.WriteStartArray();
        foreach (var c in coordinates)
        {
            WritePosition(w, c);
        }

        w.WriteEndArray();
    }

    private static void WritePosition(Utf8JsonWriter w, Coordinate c)
    {
        w.WriteStartArray();
        w.WriteNumberValue(c.X);
        w.WriteNumberValue(c.Y);
        w.WriteEndArray();
    }
}
