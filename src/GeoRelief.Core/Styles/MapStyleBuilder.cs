using System.Globalization;
using System.Text.Json.Nodes;

namespace GeoRelief.Core.Styles;

/// <summary>
/// Builds the MapLibre style (specification version 8) of a theme from its <see cref="ThemeLegend"/>: one vector source
/// per GeoRelief tile layer (its TileJSON URL on the same server), one style layer per legend group coloured by the
/// group's classes, and the administrative boundaries as the base. No external basemap, glyphs or sprite: the map
/// works offline.
/// </summary>
public static class MapStyleBuilder
{
    /// <summary>The tile layer drawn as the base of every theme.</summary>
    public const string BoundaryLayer = "admin";

    /// <summary>Colour of features without a value for the classed figure.</summary>
    public const string NoDataColour = "#d9d9d9";

    private const string BackgroundColour = "#f4f2ec";

    private static readonly (int Level, string Colour, double Width)[] Boundaries =
    [
        (3, "#4d4d4d", 1.6),
        (4, "#6f6f6f", 0.9),
        (5, "#9a9a9a", 0.5),
    ];

    /// <summary>The style of <paramref name="legend"/>.</summary>
    public static JsonObject Build(ThemeLegend legend, MapStyleParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(legend);
        ArgumentNullException.ThrowIfNull(parameters);
        var sources = new JsonObject
        {
            [BoundaryLayer] = Source(parameters.BaseUrl, BoundaryLayer, string.Empty),
        };
        foreach (var layer in legend.Groups.Select(g => g.SourceLayer).Distinct(StringComparer.Ordinal))
        {
            if (!sources.ContainsKey(layer))
            {
                sources[layer] = Source(parameters.BaseUrl, layer, parameters.ThemeQuery);
            }
        }

        var layers = new JsonArray
        {
            new JsonObject { ["id"] = "background", ["type"] = "background", ["paint"] = new JsonObject { ["background-color"] = BackgroundColour } },
        };
        foreach (var group in legend.Groups.Where(g => g.Symbol == LegendSymbol.Fill))
        {
            layers.Add(GroupLayer(legend.Theme, group));
        }

        foreach (var (level, colour, width) in Boundaries)
        {
            layers.Add(new JsonObject
            {
                ["id"] = string.Create(CultureInfo.InvariantCulture, $"boundaries-level-{level}"),
                ["type"] = "line",
                ["source"] = BoundaryLayer,
                ["source-layer"] = BoundaryLayer,
                ["filter"] = new JsonArray("==", new JsonArray("get", "level"), level),
                ["paint"] = new JsonObject { ["line-color"] = colour, ["line-width"] = width },
            });
        }

        foreach (var group in legend.Groups.Where(g => g.Symbol == LegendSymbol.Line))
        {
            layers.Add(GroupLayer(legend.Theme, group));
        }

        foreach (var group in legend.Groups.Where(g => g.Symbol == LegendSymbol.Circle))
        {
            layers.Add(GroupLayer(legend.Theme, group));
        }

        return new JsonObject
        {
            ["version"] = 8,
            ["name"] = $"GeoRelief – {legend.TitleZh} {legend.TitleEn}",
            ["metadata"] = new JsonObject
            {
                ["georelief:theme"] = legend.Theme,
                ["georelief:legend"] = $"{parameters.BaseUrl}/legends/{legend.Theme}.json{parameters.ThemeQuery}",
                ["georelief:dataVersion"] = legend.DataVersion,
            },
            ["center"] = new JsonArray(parameters.CenterLongitude, parameters.CenterLatitude),
            ["zoom"] = parameters.Zoom,
            ["sources"] = sources,
            ["layers"] = layers,
        };
    }

    /// <summary>The MapLibre expression that gives each feature of <paramref name="group"/> its class colour.</summary>
    public static JsonNode ColourExpression(LegendGroup group)
    {
        ArgumentNullException.ThrowIfNull(group);
        var classes = group.Classes;
        if (classes.Count == 0)
        {
            return JsonValue.Create(NoDataColour);
        }

        switch (group.Classing)
        {
            case LegendClassing.ClassIndex:
            {
                var match = new JsonArray("match", new JsonArray("get", group.Attribute));
                for (var i = 0; i < classes.Count; i++)
                {
                    match.Add(i);
                    match.Add(classes[i].Colour);
                }

                match.Add(NoDataColour);
                return match;
            }

            case LegendClassing.UpperBounds:
            {
                var value = new JsonArray("to-number", new JsonArray("get", group.Attribute));
                var expression = new JsonArray("case", new JsonArray("!", new JsonArray("has", group.Attribute)), NoDataColour);
                for (var i = 0; i < classes.Count - 1; i++)
                {
                    expression.Add(new JsonArray("<=", value.DeepClone(), classes[i].Upper));
                    expression.Add(classes[i].Colour);
                }

                expression.Add(classes[^1].Colour);
                return expression;
            }

            default:
            {
                var match = new JsonArray("match", new JsonArray("to-string", new JsonArray("get", group.Attribute)));
                foreach (var item in classes)
                {
                    match.Add(item.Value);
                    match.Add(item.Colour);
                }

                match.Add(NoDataColour);
                return match;
            }
        }
    }

    private static JsonObject Source(string baseUrl, string layer, string query) => new()
    {
        ["type"] = "vector",
        ["url"] = $"{baseUrl}/tiles/{layer}.json{query}",
        ["attribution"] = "GeoRelief",
    };

    private static JsonObject GroupLayer(string theme, LegendGroup group)
    {
        var colour = ColourExpression(group);
        var paint = group.Symbol switch
        {
            LegendSymbol.Fill => new JsonObject { ["fill-color"] = colour, ["fill-opacity"] = 0.85, ["fill-outline-color"] = "#ffffff" },
            LegendSymbol.Line => new JsonObject
            {
                ["line-color"] = colour,
                ["line-width"] = new JsonArray("interpolate", new JsonArray("linear"), new JsonArray("zoom"), 6, 0.8, 14, 2.5),
            },
            _ => new JsonObject
            {
                ["circle-color"] = colour,
                ["circle-radius"] = new JsonArray("interpolate", new JsonArray("linear"), new JsonArray("zoom"), 6, 2.5, 14, 6),
                ["circle-stroke-color"] = "#ffffff",
                ["circle-stroke-width"] = 0.8,
            },
        };
        var layer = new JsonObject
        {
            ["id"] = $"{theme}-{group.Name}",
            ["type"] = group.Symbol switch { LegendSymbol.Fill => "fill", LegendSymbol.Line => "line", _ => "circle" },
            ["source"] = group.SourceLayer,
            ["source-layer"] = group.SourceLayer,
            ["minzoom"] = group.MinZoom,
        };
        if (group.MaxZoom is { } maxZoom)
        {
            layer["maxzoom"] = maxZoom;
        }

        if (group.Kind is { } kind)
        {
            layer["filter"] = new JsonArray("==", new JsonArray("get", "kind"), kind);
        }

        layer["paint"] = paint;
        return layer;
    }
}
