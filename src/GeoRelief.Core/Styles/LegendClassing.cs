using System.Text.Json.Serialization;

namespace GeoRelief.Core.Styles;

/// <summary>How a legend group's classes are told apart in the tiles, and so how the style colours them.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<LegendClassing>))]
public enum LegendClassing
{
    /// <summary>The tile carries the 0-based class in attribute <c>class</c> (computed in SQL with the same breaks).</summary>
    ClassIndex,

    /// <summary>Numeric classes closed on their upper bound: class i holds (Upper[i-1], Upper[i]].</summary>
    UpperBounds,

    /// <summary>One class per text value of the attribute.</summary>
    Categories,
}
