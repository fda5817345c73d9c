using System.Text.Json.Nodes;

namespace GeoRelief.Server.Apis.Ogc;

/// <summary>Link objects of OGC API documents, and the media types and relation types they use.</summary>
public static class OgcLinks
{
    public const string Json = "application/json";
    public const string GeoJson = "application/geo+json";
    public const string Html = "text/html";
    public const string OpenApi = "application/vnd.oai.openapi+json;version=3.1";
    public const string ConformanceRel = "conformance";
    public const string DataRel = "data";
    public const string TilingSchemesRel = "http://www.opengis.net/def/rel/ogc/1.0/tiling-schemes";
    public const string TilingSchemeRel = "http://www.opengis.net/def/rel/ogc/1.0/tiling-scheme";
    public const string VectorTilesetsRel = "http://www.opengis.net/def/rel/ogc/1.0/tilesets-vector";

    /// <summary>A link object; <paramref name="templated"/> marks a URI template.</summary>
    public static JsonObject Link(string href, string rel, string type, string title, bool templated = false)
    {
        var link = new JsonObject { ["href"] = href, ["rel"] = rel, ["type"] = type, ["title"] = title };
        if (templated)
        {
            link["templated"] = true;
        }

        return link;
    }

    /// <summary>The self link in <paramref name="format"/> and the alternate link in the other format.</summary>
    public static JsonArray SelfAndAlternate(string href, OgcFormat format, string jsonType, string title)
    {
        var separator = href.Contains('?', StringComparison.Ordinal) ? '&' : '?';
        var json = Link($"{href}{separator}f=json", format == OgcFormat.Json ? "self" : "alternate", jsonType, $"{title} (JSON)");
        var html = Link($"{href}{separator}f=html", format == OgcFormat.Html ? "self" : "alternate", Html, $"{title} (HTML)");
        return format == OgcFormat.Json ? [json, html] : [html, json];
    }
}
