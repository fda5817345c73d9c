namespace GeoRelief.Core.Sample.Features;

/// <summary>Administrative class of a road (国道, 省道, 县道, 乡道, 村道, 组道).</summary>
public enum RoadClass
{
    National,
    Provincial,
    County,
    Township,
    Village,
    Group,
}
