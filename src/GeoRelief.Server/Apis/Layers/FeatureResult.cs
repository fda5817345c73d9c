using System.Text.Json;
using GeoRelief.Data.Layers;
using Microsoft.Net.Http.Headers;

namespace GeoRelief.Server.Apis.Layers;

/// <summary>
/// One feature in the API's shape with its strong ETag (the MD5 of the stored row); answers 304 to a GET whose
/// If-None-Match names the current ETag. <paramref name="location"/> is set for a 201.
/// </summary>
public sealed class FeatureResult(LayerDefinition layer, LayerRecord record, int statusCode, string? location = null) : IResult
{
    /// <summary>The record's ETag as an HTTP entity tag.</summary>
    public static string EntityTag(string etag) => "\"" + etag + "\"";

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var response = httpContext.Response;
        var tag = EntityTag(record.ETag);
        response.Headers.ETag = tag;
        if (statusCode == StatusCodes.Status200OK && HttpMethods.IsGet(httpContext.Request.Method)
            && EntityTagHeaderValue.TryParseList(httpContext.Request.Headers.IfNoneMatch, out var tags)
            && tags.Any(t => t.Tag == tag || t.Tag == "*"))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }

        response.StatusCode = statusCode;
        if (location is not null)
        {
            response.Headers.Location = location;
        }

        response.ContentType = "application/json; charset=utf-8";
        await using var writer = new Utf8JsonWriter(response.BodyWriter, FeatureJson.WriterOptions);
        FeatureJson.WriteApiObject(writer, layer, record);
        await writer.FlushAsync(httpContext.RequestAborted);
    }
}
