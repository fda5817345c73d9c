using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;

namespace GeoRelief.Server.Apis.Ogc;

/// <summary>
/// The HTML representation of an OGC API document: the JSON document itself laid out for a person — links as links,
/// arrays of objects as tables, geometries by their type only.
/// </summary>
public static class OgcHtml
{
    // Chinese names stay readable in the page source; markup characters are still encoded.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    /// <summary>A whole page titled <paramref name="title"/> showing <paramref name="document"/>.</summary>
    public static string Page(string title, JsonNode document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>")
            .Append(Encode(title))
            .Append(" – GeoRelief OGC API</title><style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse}"
                    + "td,th{border:1px solid #ccc;padding:2px 6px;text-align:left;vertical-align:top}</style></head><body><h1>")
            .Append(Encode(title))
            .Append("</h1>");
        Render(html, document);
        html.Append("</body></html>\n");
        return html.ToString();
    }

    private static void Render(StringBuilder html, JsonNode? node)
    {
        switch (node)
        {
            case null:
                html.Append("<i>null</i>");
                break;
            case JsonObject o when o.ContainsKey("href") && o.ContainsKey("rel"):
                html.Append("<a href=\"").Append(Encode((string?)o["href"])).Append("\">")
                    .Append(Encode((string?)o["title"] ?? (string?)o["href"])).Append("</a> <small>(")
                    .Append(Encode((string?)o["rel"])).Append(", ").Append(Encode((string?)o["type"])).Append(")</small>");
                break;
            case JsonObject o when o.ContainsKey("coordinates") || o.ContainsKey("geometries"):
                html.Append(Encode((string?)o["type"]));
                break;
            case JsonObject o:
                html.Append("<table>");
                foreach (var (key, value) in o)
                {
                    html.Append("<tr><th>").Append(Encode(key)).Append("</th><td>");
                    Render(html, value);
                    html.Append("</td></tr>");
                }

                html.Append("</table>");
                break;
            case JsonArray a when a.Count > 0 && a.All(i => i is JsonObject io && !io.ContainsKey("rel")):
                var columns = a.SelectMany(i => ((JsonObject)i!).Select(p => p.Key)).Distinct(StringComparer.Ordinal).ToList();
                html.Append("<table><tr>");
                foreach (var column in columns)
                {
                    html.Append("<th>").Append(Encode(column)).Append("</th>");
                }

                html.Append("</tr>");
                foreach (var item in a.Cast<JsonObject>())
                {
                    html.Append("<tr>");
                    foreach (var column in columns)
                    {
                        html.Append("<td>");
                        if (item.TryGetPropertyValue(column, out var value))
                        {
                            Render(html, value);
                        }

                        html.Append("</td>");
                    }

                    html.Append("</tr>");
                }

                html.Append("</table>");
                break;
            case JsonArray a:
                html.Append("<ul>");
                foreach (var item in a)
                {
                    html.Append("<li>");
                    Render(html, item);
                    html.Append("</li>");
                }

                html.Append("</ul>");
                break;
            default:
                html.Append(Encode(node.GetValueKind() == JsonValueKind.String ? (string?)node : node.ToJsonString()));
                break;
        }
    }

    private static string Encode(string? text) => Encoder.Encode(text ?? string.Empty);
}
