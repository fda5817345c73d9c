using GeoRelief.Core.Admin;

namespace GeoRelief.Core.Tiles;

/// <summary>Which administrative level a tile layer draws at each zoom.</summary>
public static class AdminZoomLevels
{
    /// <summary>Boundaries (layer <c>admin</c>): counties at z ≤ 7, townships at z 8–10, villages from z 11.</summary>
    public static AdminLevel Boundaries(int z) => z switch
    {
        <= 7 => AdminLevel.County,
        <= 10 => AdminLevel.Township,
        _ => AdminLevel.Village,
    };

    /// <summary>Thematic units (layer <c>poverty-density</c>): townships at z ≤ 10, villages from z 11.</summary>
    public static AdminLevel Thematic(int z) => z <= 10 ? AdminLevel.Township : AdminLevel.Village;
}
