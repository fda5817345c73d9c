using NetTopologySuite.Geometries;

namespace GeoRelief.Core.Sample.Features;

/// <summary>A road segment of the sample network; segments meet at shared vertices.</summary>
/// <param name="YearBuilt">Null while the road is not built.</param>
public sealed record Road(
    string Id,
    string Name,
    RoadClass Class,
    RoadSurface Surface,
    RoadStatus Status,
    int? YearBuilt,
    LineString Geometry)
{
    /// <summary>Hardened in the 组组通 sense: asphalt, concrete or paved, and existing.</summary>
    public bool IsHardened => Status == RoadStatus.Existing && Surface is RoadSurface.Asphalt or RoadSurface.Concrete or RoadSurface.Paved;
}
