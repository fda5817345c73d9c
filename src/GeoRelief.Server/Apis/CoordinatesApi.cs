using System.Globalization;
using GeoRelief.Core.Coordinates;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GeoRelief.Server.Apis;

/// <summary>Coordinate conversions between WGS84, CGCS2000, GCJ-02, BD-09 and EPSG systems — the ones imports use.</summary>
public static class CoordinatesApi
{
    public static IEndpointRouteBuilder MapCoordinatesApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/v1/coordinates").WithTags("Coordinates")
            .MapGet("/convert", ConvertCoordinates)
            .WithName(nameof(ConvertCoordinates))
            .WithSummary("Converts one position between two coordinate systems.")
            .WithDescription("from, to: " + CrsRegistry.SupportedDescription + " lon, lat: the position in 'from' (easting and northing in metres for a projected system).");
        return app;
    }

    public static Results<Ok<CoordinateConversion>, ProblemHttpResult> ConvertCoordinates(string? from, string? to, string? lon, string? lat)
    {
        if (!TryCrs(from, "from", out var source, out var problem) || !TryCrs(to, "to", out var target, out problem)
            || !TryNumber(lon, "lon", out var x, out problem) || !TryNumber(lat, "lat", out var y, out problem))
        {
            return problem;
        }

        // Degrees out of range would pass through GCJ-02 and BD-09 unchanged (they only shift positions in China).
        if (source.IsGeographic && (Math.Abs(x) > 180 || Math.Abs(y) > 90))
        {
            var field = Math.Abs(x) > 180 ? "lon" : "lat";
            return ApiProblem.BadParameter(field, $"is {(field == "lon" ? lon : lat)}, but {source.Identifier} is in degrees: longitude −180…180, latitude −90…90. Are lon and lat swapped, or are these metres of a projected system?");
        }

        var output = CrsTransformOp.Transform(new CrsPoint(x, y), new CrsTransformParameters(source, target));
        if (!double.IsFinite(output.X) || !double.IsFinite(output.Y))
        {
            return ApiProblem.BadParameter("lon", $"({lon}, {lat}) cannot be converted from {source.Identifier} to {target.Identifier}: it lies outside where the systems are defined.");
        }

        return TypedResults.Ok(new CoordinateConversion(source.Identifier, target.Identifier, new CoordinatePair(x, y), new CoordinatePair(output.X, output.Y)));
    }

    private static bool TryCrs(string? text, string parameter, out CoordinateReferenceSystem crs, out ProblemHttpResult problem)
    {
        crs = CrsRegistry.Cgcs2000;
        problem = null!;
        if (string.IsNullOrWhiteSpace(text))
        {
            problem = ApiProblem.BadParameter(parameter, "is missing: give a coordinate system such as EPSG:4490, WGS84, GCJ-02, BD-09 or EPSG:4524.");
            return false;
        }

        try
        {
            crs = CrsRegistry.Parse(text);
            return true;
        }
        catch (ArgumentException e)
        {
            problem = ApiProblem.BadField(parameter, $"'{parameter}': {e.ForPlanner()}");
            return false;
        }
    }

    private static bool TryNumber(string? text, string parameter, out double value, out ProblemHttpResult problem)
    {
        problem = null!;
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value))
        {
            return true;
        }

        problem = ApiProblem.BadParameter(parameter, text is null ? "is missing: give a number, e.g. 109.2." : $"'{text}' is not a number: use '.' as the decimal point, e.g. 109.2.");
        return false;
    }
}
