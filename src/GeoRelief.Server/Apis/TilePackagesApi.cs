using System.Globalization;
using GeoRelief.Core.Tiles;
using GeoRelief.Server.Tiles;
using GeoRelief.Server.Tiles.Packages;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GeoRelief.Server.Apis;

/// <summary>Tiles from seeded PMTiles packages (<c>georelief tiles seed</c>), under the same tile URL scheme as <c>/tiles</c>.</summary>
public static class TilePackagesApi
{
    public static IEndpointRouteBuilder MapTilePackagesApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/tiles/packages/{name}/{z}/{x}/{y}.mvt", GetPackageTile)
            .WithTags("Vector tiles")
            .WithName(nameof(GetPackageTile))
            .WithSummary("A vector tile from the seeded package NAME (TilePackages:Directory/NAME.pmtiles); 204 when the package has no such tile.")
            .Produces(StatusCodes.Status200OK, contentType: TilesApi.MvtMediaType);
        return app;
    }

    public static Results<FileContentHttpResult, NoContent, ProblemHttpResult> GetPackageTile(
        string name, string z, string x, string y, HttpContext context, TilePackageStore packages)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(packages);
        if (!int.TryParse(z, NumberStyles.None, CultureInfo.InvariantCulture, out var zoom)
            || !int.TryParse(x, NumberStyles.None, CultureInfo.InvariantCulture, out var column)
            || !int.TryParse(y, NumberStyles.None, CultureInfo.InvariantCulture, out var row))
        {
            return ApiProblem.BadParameter("z/x/y", $"is '{z}/{x}/{y}': give whole numbers (zoom, column and row in the XYZ scheme).");
        }

        if (!TileAddress.TryCreate(zoom, column, row, out var tile, out var parameter, out var problem))
        {
            return ApiProblem.BadParameter(parameter, problem);
        }

        if (packages.ReadTile(name, tile) is not { } bytes)
        {
            return ApiProblem.NotFound(
                "No such tile package.",
                $"There is no package called '{name}': seed one with 'georelief tiles seed --out tiles/{name}.pmtiles …' (packages are served from the TilePackages:Directory directory).");
        }

        if (bytes.Length == 0)
        {
            return TypedResults.NoContent();
        }

        context.Response.Headers.ETag = TileCache.ETagOf(bytes);
        return TypedResults.Bytes(bytes, TilesApi.MvtMediaType);
    }
}
