using NetTopologySuite.Geometries;

namespace GeoRelief.Core.Sample.Features.Internal;

/// <summary>Distance from a settlement to the nearest hardened road (组组通 reach), in the county's local kilometres.</summary>
internal sealed class RoadReach
{
    private readonly List<(Envelope Envelope, Coordinate[] Vertices)> _hardened;
    private readonly LocalProjection _projection;
    private readonly double _reachKm;
    private readonly double _marginDegrees;

    public RoadReach(IEnumerable<Road> roads, LocalProjection projection, double reachKm)
    {
        _projection = projection;
        _reachKm = reachKm;

        // Degrees of longitude shrink towards the pole; 1 km is at most 1/(111·cos 50°) ≈ 0.014° in the sample's latitudes.
        _marginDegrees = reachKm * 0.014;
        _hardened = roads.Where(r => r.IsHardened).Select(r => (r.Geometry.EnvelopeInternal, r.Geometry.Coordinates)).ToList();
    }

    /// <summary>Whether a hardened road passes within the reach of <paramref name="p"/>.</summary>
    public bool IsReached(Coordinate p)
    {
        foreach (var (envelope, vertices) in _hardened)
        {
            if (p.X < envelope.MinX - _marginDegrees || p.X > envelope.MaxX + _marginDegrees || p.Y < envelope.MinY - _marginDegrees || p.Y > envelope.MaxY + _marginDegrees)
            {
                continue;
            }

            for (var i = 1; i < vertices.Length; i++)
            {
                if (_projection.SegmentDistanceKm(p, vertices[i - 1], vertices[i]) <= _reachKm)
                {
                    return true;
                }
            }
        }

        return false;
    }
}
