using NetTopologySuite.Geometries;
using NetTopologySuite.Operation.OverlayNG;
using NetTopologySuite.Operation.Polygonize;

namespace GeoRelief.Core.Sample.Boundaries.Internal;

/// <summary>
/// The faces of a set of lines: all lines noded together by snap-rounding onto the factory's fixed
/// precision grid, then polygonised. Because every face is built from the same noded edges, neighbouring
/// faces share identical vertices along their common boundary: unions of faces tile exactly.
/// </summary>
internal static class FaceArrangement
{
    public static IReadOnlyList<Polygon> Faces(IEnumerable<LineString> lines, GeometryFactory factory)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(factory);
        if (factory.PrecisionModel.IsFloating)
        {
            throw new ArgumentException("Faces tile exactly only on a fixed precision grid.", nameof(factory));
        }

        var noded = UnaryUnionNG.Union((Geometry)factory.CreateMultiLineString([.. lines]), factory.PrecisionModel);
        var polygonizer = new Polygonizer(extractOnlyPolygonal: false);
        polygonizer.Add(noded);
        return [.. polygonizer.GetPolygons().Cast<Polygon>()];
    }
}
