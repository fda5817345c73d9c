using NetTopologySuite.Geometries;

namespace GeoRelief.Core.Coordinates.Internal;

/// <summary>Replaces every x/y of a geometry by its image under a point map, leaving any z/m untouched.</summary>
internal sealed class CoordinateMapFilter(Func<CrsPoint, CrsPoint> map) : IEntireCoordinateSequenceFilter
{
    public bool Done => false;

    public bool GeometryChanged => true;

    public void Filter(CoordinateSequence seq)
    {
        for (var i = 0; i < seq.Count; i++)
        {
            var mapped = map(new CrsPoint(seq.GetX(i), seq.GetY(i)));
            seq.SetX(i, mapped.X);
            seq.SetY(i, mapped.Y);
        }
    }
}
