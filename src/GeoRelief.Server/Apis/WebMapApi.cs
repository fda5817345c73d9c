using System.Net;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;

namespace GeoRelief.Server.Apis;

/// <summary>
/// The web map for planners (docs/web.md): <c>/</c> answers the page built from <c>web/</c> into
/// <c>wwwroot/dist</c>, and <c>/dist/…</c> its assets. Without a build, <c>/</c> answers 503 with how to build it.
/// </summary>
public static class WebMapApi
{
    /// <summary>Where the built page lives, beside the executable (the build copies <c>wwwroot/dist</c> there).</summary>
    public static string DistDirectory { get; } = Path.Combine(AppContext.BaseDirectory, "wwwroot", "dist");

    private const string IndexFile = "index.html";
    private const string HtmlMediaType = "text/html; charset=utf-8";

    // Asset names carry a content hash (web/build.mjs), so they never change under the same URL.
    private const string ImmutableCaching = "public, max-age=31536000, immutable";

    private static readonly FileExtensionContentTypeProvider ContentTypes = CreateContentTypes();

    public static IEndpointRouteBuilder MapWebMapApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup(string.Empty).WithTags("Web map").ExcludeFromDescription();
        group.MapGet("/", GetPage).WithName(nameof(GetPage));
        group.MapGet("/dist/{*path}", GetAsset).WithName(nameof(GetAsset));
        return app;
    }

    /// <summary>The page; always revalidated, so a new build is picked up on the next load.</summary>
    public static Results<PhysicalFileHttpResult, ContentHttpResult> GetPage(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var index = Path.Combine(DistDirectory, IndexFile);
        if (!File.Exists(index))
        {
            return TypedResults.Content(NotBuiltPage(), HtmlMediaType, statusCode: StatusCodes.Status503ServiceUnavailable);
        }

        context.Response.Headers.CacheControl = "no-cache";
        return TypedResults.PhysicalFile(index, HtmlMediaType, enableRangeProcessing: false,
            lastModified: File.GetLastWriteTimeUtc(index));
    }

    /// <summary>A built asset (script, style sheet, image), cached for good: its name changes with its content.</summary>
    public static Results<PhysicalFileHttpResult, ProblemHttpResult> GetAsset(string path, HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!Directory.Exists(DistDirectory))
        {
            return MissingAsset(path);
        }

        // The provider refuses paths that leave its root (.., absolute paths) and hidden files.
        using var provider = new PhysicalFileProvider(DistDirectory);
        var file = provider.GetFileInfo(path);
        if (!file.Exists || file.IsDirectory || file.PhysicalPath is null
            || string.Equals(file.Name, IndexFile, StringComparison.Ordinal))
        {
            return MissingAsset(path);
        }

        if (!ContentTypes.TryGetContentType(file.Name, out var contentType))
        {
            contentType = "application/octet-stream";
        }

        context.Response.Headers.CacheControl = ImmutableCaching;
        return TypedResults.PhysicalFile(file.PhysicalPath, contentType, lastModified: file.LastModified);
    }

    private static FileExtensionContentTypeProvider CreateContentTypes()
    {
        var provider = new FileExtensionContentTypeProvider();
        provider.Mappings[".js"] = "text/javascript; charset=utf-8";
        provider.Mappings[".css"] = "text/css; charset=utf-8";
        provider.Mappings[".map"] = "application/json";
        return provider;
    }

    private static ProblemHttpResult MissingAsset(string path) =>
        ApiProblem.NotFound(
            "No such web-map asset.",
            $"The built web map has no file '{path}'. Reload the page (/) to get the current asset names; if the page itself is missing, build it with ./run.sh.");

    private static string NotBuiltPage() =>
        $"""
        <!doctype html>
        <html lang="zh-CN">
        <head><meta charset="utf-8"><title>GeoRelief — 网页地图尚未构建 / web map not built</title></head>
        <body style="font-family: sans-serif; max-width: 40em; margin: 3em auto; line-height: 1.5">
        <h1>网页地图尚未构建 / The web map is not built</h1>
        <p>GeoRelief 在 <code>{WebUtility.HtmlEncode(DistDirectory)}</code> 找不到构建好的页面。
        在仓库根目录运行 <code>./run.sh</code>（它会安装 npm 包并构建页面），或手动执行：</p>
        <p>GeoRelief found no built page in that directory. Run <code>./run.sh</code> from the repository root (it installs the
        npm packages and builds the page), or by hand:</p>
        <pre>cd web &amp;&amp; npm ci &amp;&amp; npm run build
        dotnet build GeoRelief.sln -c Release</pre>
        <p>The API keeps working meanwhile: <a href="/openapi/v1.json">/openapi/v1.json</a>, <a href="/health">/health</a>.</p>
        </body>
        </html>
        """;
}
