using System.Text.Json.Serialization;

namespace GeoRelief.Core.Styles;

/// <summary>How a legend group is drawn: the MapLibre layer type of its style layer.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<LegendSymbol>))]
public enum LegendSymbol
{
    /// <summary>Filled polygons (<c>fill</c>).</summary>
    Fill,

    /// <summary>Lines (<c>line</c>).</summary>
    Line,

    /// <summary>Points as circles (<c>circle</c>).</summary>
    Circle,
}
