namespace GeoRelief.Core.Sample.Features;

/// <summary>The shape of a county's synthetic elevation.</summary>
public enum TerrainKind
{
    /// <summary>Dissected hills with a river valley (锦屏: Miao-Dong hills on the Qingshui river).</summary>
    Hills,

    /// <summary>Upland in the north-west falling to a plain in the south-east (扎赉特: Greater Khingan foothills to the Nen plain).</summary>
    NorthWestUpland,
}
