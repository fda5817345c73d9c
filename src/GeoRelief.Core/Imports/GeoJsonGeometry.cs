using System.Text.Json;
using NetTopologySuite.Geometries;

namespace GeoRelief.Core.Imports;

/// <summary>Reads a GeoJSON geometry object (RFC 7946) into a NetTopologySuite geometry, without SRID.</summary>
public static class GeoJsonGeometry
{
    private static readonly GeometryFactory Factory = new();

    /// <summary>The geometry of <paramref name="element"/>; <see cref="FormatException"/> says what is malformed.</summary>
    public static Geometry Read(JsonElement element)
    {
        if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty("type", out var type) || type.ValueKind != JsonValueKind.String)
        {
            throw new FormatException("A geometry must be an object with a \"type\".");
        }

        var name = type.GetString();
        if (name == "GeometryCollection")
        {
            var members = Member(element, "geometries");
            return Factory.CreateGeometryCollection([.. members.EnumerateArray().Select(Read)]);
        }

        var c = Member(element, "coordinates");
        return name switch
        {
            "Point" => Factory.CreatePoint(Position(c)),
            "MultiPoint" => Factory.CreateMultiPoint([.. c.EnumerateArray().Select(p => Factory.CreatePoint(Position(p)))]),
            "LineString" => Line(c),
            "MultiLineString" => Factory.CreateMultiLineString([.. c.EnumerateArray().Select(Line)]),
            "Polygon" => Polygon(c),
            "MultiPolygon" => Factory.CreateMultiPolygon([.. c.EnumerateArray().Select(Polygon)]),
            _ => throw new FormatException($"\"{name}\" is not a GeoJSON geometry type."),
        };
    }

    private static JsonElement Member(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Array
            ? value
            : throw new FormatException($"The geometry has no \"{name}\" array.");

    private static Coordinate Position(JsonElement position)
    {
        if (position.ValueKind != JsonValueKind.Array || position.GetArrayLength() < 2
            || position[0].ValueKind != JsonValueKind.Number || position[1].ValueKind != JsonValueKind.Number)
        {
            throw new FormatException($"A position must be an array of two numbers, not {position.GetRawText()}.");
        }

        return new Coordinate(position[0].GetDouble(), position[1].GetDouble());
    }

    private static Coordinate[] Positions(JsonElement positions) =>
        positions.ValueKind == JsonValueKind.Array
            ? [.. positions.EnumerateArray().Select(Position)]
            : throw new FormatException("Expected an array of positions.");

    private static LineString Line(JsonElement positions)
    {
        var points = Positions(positions);
        return points.Length >= 2 ? Factory.CreateLineString(points) : throw new FormatException("A line needs at least two positions.");
    }

    private static LinearRing Ring(JsonElement positions)
    {
        var points = Positions(positions);
        if (points.Length < 4 || !points[0].Equals2D(points[^1]))
        {
            throw new FormatException("A polygon ring needs at least four positions, the last equal to the first.");
        }

        return Factory.CreateLinearRing(points);
    }

    private static Polygon Polygon(JsonElement rings)
    {
        var all = rings.ValueKind == JsonValueKind.Array ? rings.EnumerateArray().Select(Ring).ToArray() : throw new FormatException("A polygon is an array of rings.");
        return all.Length > 0 ? Factory.CreatePolygon(all[0], all[1..]) : throw new FormatException("A polygon needs an outer ring.");
    }
}
