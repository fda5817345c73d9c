using NetTopologySuite.Geometries;
using NetTopologySuite.Index.Strtree;

namespace GeoRelief.Core.Sample.Boundaries.Internal;

/// <summary>
/// Gives the faces of an arrangement to units. A face holding a unit's label point belongs to that unit;
/// the other faces (bits cut off by wiggles, by lines of neighbouring units, or parts of a cell split by
/// a concave parent) join the neighbouring unit with which they share the longest boundary. Adjacency
/// is read from identical edge coordinates, which the noded arrangement guarantees.
/// </summary>
internal sealed class FaceGrouper
{
    /// <summary>Unit index of faces not (yet) given to a unit.</summary>
    public const int None = -1;

    private readonly IReadOnlyList<Polygon> faces;
    private readonly SortedDictionary<int, double>[] sharedLength;

    public FaceGrouper(IReadOnlyList<Polygon> faces)
    {
        ArgumentNullException.ThrowIfNull(faces);
        this.faces = faces;
        sharedLength = BuildAdjacency(faces);
    }

    /// <summary>For each face, the index of the label point it holds, or <see cref="None"/>.</summary>
    /// <exception cref="InvalidOperationException">A label lies in no face, or two labels share a face.</exception>
    public int[] LabelFaces(IReadOnlyList<Coordinate> labels)
    {
        ArgumentNullException.ThrowIfNull(labels);
        var index = new STRtree<int>();
        for (var f = 0; f < faces.Count; f++)
        {
            index.Insert(faces[f].EnvelopeInternal, f);
        }

        var units = Enumerable.Repeat(None, faces.Count).ToArray();
        var factory = faces.Count > 0 ? faces[0].Factory : GeometryFactory.Default;
        for (var u = 0; u < labels.Count; u++)
        {
            var point = factory.CreatePoint(labels[u]);
            var holder = index.Query(point.EnvelopeInternal).Order().Where(f => faces[f].Covers(point)).Cast<int?>().FirstOrDefault()
                ?? throw new InvalidOperationException($"Label point {u} lies in no face of the arrangement.");
            if (units[holder] != None)
            {
                throw new InvalidOperationException($"Label points {units[holder]} and {u} fall in the same face.");
            }

            units[holder] = u;
        }

        return units;
    }

    /// <summary>
    /// Gives every unlabelled face to the unit it shares the most boundary with, repeatedly, so that
    /// chains of such faces are absorbed too. With <paramref name="zones"/>, a face only joins units of
    /// faces in its own zone. Faces with no such neighbour stay <see cref="None"/>.
    /// </summary>
    public void AbsorbOrphans(int[] units, IReadOnlyList<int>? zones = null)
    {
        ArgumentNullException.ThrowIfNull(units);
        bool changed;
        do
        {
            changed = false;
            for (var f = 0; f < faces.Count; f++)
            {
                if (units[f] != None)
                {
                    continue;
                }

                var byUnit = new SortedDictionary<int, double>();
                foreach (var (neighbour, length) in sharedLength[f])
                {
                    if (units[neighbour] != None && (zones is null || zones[neighbour] == zones[f]))
                    {
                        byUnit[units[neighbour]] = byUnit.GetValueOrDefault(units[neighbour]) + length;
                    }
                }

                if (byUnit.Count > 0)
                {
                    units[f] = byUnit.MaxBy(kv => kv.Value).Key;
                    changed = true;
                }
            }
        }
        while (changed);
    }

    private static SortedDictionary<int, double>[] BuildAdjacency(IReadOnlyList<Polygon> faces)
    {
        var firstFace = new Dictionary<(double, double, double, double), int>();
        var result = new SortedDictionary<int, double>[faces.Count];
        for (var f = 0; f < faces.Count; f++)
        {
            result[f] = [];
        }

        for (var f = 0; f < faces.Count; f++)
        {
            foreach (var ring in Rings(faces[f]))
            {
                var c = ring.Coordinates;
                for (var k = 0; k + 1 < c.Length; k++)
                {
                    var key = SegmentKey(c[k], c[k + 1]);
                    if (firstFace.TryGetValue(key, out var other))
                    {
                        if (other != f)
                        {
                            var length = c[k].Distance(c[k + 1]);
                            result[f][other] = result[f].GetValueOrDefault(other) + length;
                            result[other][f] = result[other].GetValueOrDefault(f) + length;
                        }
                    }
                    else
                    {
                        firstFace.Add(key, f);
                    }
                }
            }
        }

        return result;
    }

    private static IEnumerable<LineString> Rings(Polygon p)
    {
        yield return p.ExteriorRing;
        for (var h = 0; h < p.NumInteriorRings; h++)
        {
            yield return p.GetInteriorRingN(h);
        }
    }

    /// <summary>The same key for a segment whichever way it is traversed.</summary>
    private static (double, double, double, double) SegmentKey(Coordinate a, Coordinate b) =>
        a.CompareTo(b) <= 0 ? (a.X, a.Y, b.X, b.Y) : (b.X, b.Y, a.X, a.Y);
}
