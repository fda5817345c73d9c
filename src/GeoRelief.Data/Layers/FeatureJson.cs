using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace GeoRelief.Data.Layers;

/// <summary>
/// Writes features as JSON: the API's shape (the catalogue's camelCase API names plus <c>geometry</c>), which is
/// also what the audit trail keeps as before/after, and GeoJSON features (column names as property names).
/// </summary>
public static class FeatureJson
{
    /// <summary>Writer options that keep Chinese names readable instead of escaping them as \uXXXX.</summary>
    public static JsonWriterOptions WriterOptions { get; } = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    /// <summary>Writes one feature in the API's shape.</summary>
    public static void WriteApiObject(Utf8JsonWriter writer, LayerDefinition layer, LayerRecord record)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(layer);
        ArgumentNullException.ThrowIfNull(record);
        writer.WriteStartObject();
        for (var i = 0; i < layer.Fields.Count; i++)
        {
            writer.WritePropertyName(layer.Fields[i].ApiName);
            WriteValue(writer, record.Values[i]);
        }

        if (layer.HasGeometry)
        {
            writer.WritePropertyName(FeatureValidation.GeometryMember);
            WriteGeometry(writer, record);
        }

        writer.WriteEndObject();
    }

    /// <summary>One feature in the API's shape as a JSON text.</summary>
    public static string ToApiJson(LayerDefinition layer, LayerRecord record)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            WriteApiObject(writer, layer, record);
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>Writes one GeoJSON Feature: id = the key, properties by column name, geometry from PostGIS.</summary>
    public static void WriteGeoJsonFeature(Utf8JsonWriter writer, LayerDefinition layer, LayerRecord record)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(layer);
        ArgumentNullException.ThrowIfNull(record);
        writer.WriteStartObject();
        writer.WriteString("type", "Feature");
        writer.WriteString("id", record.Key);
        writer.WritePropertyName("geometry");
        WriteGeometry(writer, record);
        writer.WriteStartObject("properties");
        for (var i = 0; i < layer.Fields.Count; i++)
        {
            writer.WritePropertyName(layer.Fields[i].Column);
            WriteValue(writer, record.Values[i]);
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static void WriteGeometry(Utf8JsonWriter writer, LayerRecord record)
    {
        if (record.GeoJson is null)
        {
            writer.WriteNullValue();
        }
        else
        {
            // PostGIS wrote it; it is passed on as it is, never parsed into objects.
            writer.WriteRawValue(record.GeoJson, skipInputValidation: true);
        }
    }

    private static void WriteValue(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case string text:
                writer.WriteStringValue(text);
                break;
            case long whole:
                writer.WriteNumberValue(whole);
                break;
            case int whole:
                writer.WriteNumberValue(whole);
                break;
            case decimal number:
                writer.WriteNumberValue(number);
                break;
            case DateOnly date:
                writer.WriteStringValue(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                break;
            case string[] texts:
                writer.WriteStartArray();
                foreach (var t in texts)
                {
                    writer.WriteStringValue(t);
                }

                writer.WriteEndArray();
                break;
            default:
                throw new InvalidOperationException($"A feature value of type {value.GetType().Name} cannot be written as JSON.");
        }
    }
}
