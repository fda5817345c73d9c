using NetTopologySuite.Geometries;

namespace GeoRelief.Core.Sample.Features.Internal;

/// <summary>
/// A connected road network: township seats joined by a spanning tree (the branch from the county seat
/// towards the farthest seat becomes the provincial road, the other tree edges county roads) plus a few
/// extra township roads closing loops, then village and group roads grown from the nearest hardened
/// vertex to most natural villages. Every road starts on a vertex of a road already in the network, so
/// the network is connected through shared vertices. Remote natural villages are left without a hardened road on purpose (组组通 gaps).
/// </summary>
internal sealed class RoadNetworkBuilder
{
    private readonly CountyLayout _layout;
    private readonly SampleRandom _random;
    private readonly List<Road> _roads = [];

    // Vertices of existing hardened roads: the only places new hardened roads may join.
    private readonly List<Coordinate> _joints = [];
    private readonly List<(double X, double Y)> _jointsKm = [];
    private readonly Dictionary<RoadClass, int> _numbers = [];

    private RoadNetworkBuilder(CountyLayout layout, SampleRandom random)
    {
        _layout = layout;
        _random = random;
    }

    public static List<Road> Build(
        CountyLayout layout,
        SampleCalibration calibration,
        IReadOnlyDictionary<string, Coordinate> seats,
        IReadOnlyList<Settlement> settlements,
        double reachKm,
        SampleRandom random)
    {
        var builder = new RoadNetworkBuilder(layout, random);
        builder.BuildTrunk(seats);
        builder.BuildVillageRoads(calibration, seats, settlements, reachKm);
        return builder._roads;
    }

    private void BuildTrunk(IReadOnlyDictionary<string, Coordinate> seats)
    {
        var codes = seats.Keys.Order(StringComparer.Ordinal).ToList();
        var points = codes.Select(c => seats[c]).ToList();
        var n = codes.Count;

        // Candidate edges: straight seat-to-seat lines that stay in the county.
        var candidates = new List<(int A, int B, double Km)>();
        for (var a = 0; a < n; a++)
        {
            for (var b = a + 1; b < n; b++)
            {
                if (_layout.Covers(SampleGeometry.Factory.CreateLineString([points[a], points[b]])))
                {
                    candidates.Add((a, b, _layout.Projection.DistanceKm(points[a], points[b])));
                }
            }
        }

        candidates = [.. candidates.OrderBy(e => e.Km).ThenBy(e => e.A).ThenBy(e => e.B)];
        var parent = Enumerable.Range(0, n).ToArray();
        int Find(int i) => parent[i] == i ? i : parent[i] = Find(parent[i]);
        var tree = new List<(int A, int B, double Km)>();
        var spare = new List<(int A, int B, double Km)>();
        foreach (var edge in candidates)
        {
            var (ra, rb) = (Find(edge.A), Find(edge.B));
            if (ra != rb)
            {
                parent[ra] = rb;
                tree.Add(edge);
            }
            else
            {
                spare.Add(edge);
            }
        }

        if (tree.Count != n - 1)
        {
            throw new InvalidOperationException($"County {_layout.County.Code}: the township seats cannot all be joined by straight roads inside the county boundary.");
        }

        // The provincial road leaves the county seat along the tree towards the farthest seat; it covers
        // about a third of the tree so that county roads remain for the other links.
        var adjacency = Enumerable.Range(0, n).Select(_ => new List<(int To, double Km)>()).ToArray();
        foreach (var (a, b, km) in tree)
        {
            adjacency[a].Add((b, km));
            adjacency[b].Add((a, km));
        }

        var (end, previous) = Farthest(0, adjacency);
        var route = new List<int> { end };
        while (route[^1] != 0)
        {
            route.Add(previous[route[^1]]);
        }

        route.Reverse();
        route = route.Take(Math.Max(2, 1 + (int)Math.Ceiling((n - 1) / 3.0))).ToList();
        var onRoute = new HashSet<(int, int)>();
        for (var i = 1; i < route.Count; i++)
        {
            onRoute.Add((Math.Min(route[i - 1], route[i]), Math.Max(route[i - 1], route[i])));
        }

        var provincial = new List<Coordinate> { points[route[0]].Copy() };
        for (var i = 1; i < route.Count; i++)
        {
            provincial.AddRange(Trunk(points[route[i - 1]], points[route[i]]).Skip(1));
        }

        var names = codes.Select(c => CountyLayout.ShortName(_layout.Townships.First(t => t.Code == c))).ToList();
        Add($"S{_random.Next(200, 400)} {names[route[0]]}—{names[route[^1]]}", RoadClass.Provincial, RoadSurface.Asphalt, RoadStatus.Existing, _random.Next(2005, 2013), [.. provincial]);
        foreach (var (a, b, _) in tree.Where(e => !onRoute.Contains((e.A, e.B))))
        {
            var surface = _random.Chance(0.7) ? RoadSurface.Asphalt : RoadSurface.Concrete;
            Add($"X{Number(RoadClass.County) + 800} {names[a]}—{names[b]}", RoadClass.County, surface, RoadStatus.Existing, _random.Next(2000, 2014), Trunk(points[a], points[b]));
        }

        // A few shortcuts close loops; the last ones are still being built or only planned.
        var extras = spare.Take(Math.Max(2, n / 4)).ToList();
        for (var i = 0; i < extras.Count; i++)
        {
            var (a, b, _) = extras[i];
            var status = i == extras.Count - 1 ? RoadStatus.Planned : i == extras.Count - 2 ? RoadStatus.UnderConstruction : RoadStatus.Existing;
            Add($"Y{Number(RoadClass.Township):000} {names[a]}—{names[b]}", RoadClass.Township, RoadSurface.Concrete, status, status == RoadStatus.Existing ? _random.Next(2008, 2017) : null, Trunk(points[a], points[b]));
        }
    }

    private void BuildVillageRoads(SampleCalibration calibration, IReadOnlyDictionary<string, Coordinate> seats, IReadOnlyList<Settlement> settlements, double reachKm)
    {
        var projection = _layout.Projection;
        var remoteness = settlements.ToDictionary(
            s => s.Id,
            s => projection.DistanceKm(s.Location, seats[s.TownshipCode]) * (1 + (s.ElevationMetres / 1000)) * Math.Exp(0.5 * _random.Gaussian()),
            StringComparer.Ordinal);

        // The remotest large hamlets are left without a road of their own (a 组组通 gap to find).
        var large = settlements.Where(s => s.Households >= SampleCalibration.GroupRoadHouseholdThreshold).ToList();
        var left = large.OrderByDescending(s => remoteness[s.Id]).ThenBy(s => s.Id, StringComparer.Ordinal)
            .Take((int)Math.Round(calibration.UnconnectedShare * large.Count))
            .Select(s => s.Id)
            .ToHashSet(StringComparer.Ordinal);

        var order = settlements
            .OrderBy(s => projection.DistanceKm(s.Location, seats[s.TownshipCode]))
            .ThenBy(s => s.Id, StringComparer.Ordinal)
            .ToList();
        foreach (var s in order.Where(s => !left.Contains(s.Id)))
        {
            var (surface, status) = RuralRoad(_random.NextDouble(), s.Households >= SampleCalibration.GroupRoadHouseholdThreshold);

            // Most hardened rural roads are the 2014–2020 campaign's (组组通 peaked 2017–2019).
            int? year = status != RoadStatus.Existing ? null
                : surface is RoadSurface.Gravel or RoadSurface.Earth ? _random.Next(2000, 2014)
                : _random.Chance(0.85) ? _random.Pick(CampaignYears)
                : _random.Next(2005, 2014);
            Connect(s, surface, status, year);
        }

        var reach = new RoadReach(_roads, projection, reachKm);
        foreach (var s in order.Where(s => left.Contains(s.Id) && !reach.IsReached(s.Location)))
        {
            var roll = _random.NextDouble();
            if (roll < 0.4)
            {
                Connect(s, RoadSurface.Earth, RoadStatus.Existing, null);
            }
            else if (roll < 0.65)
            {
                Connect(s, RoadSurface.Concrete, RoadStatus.Planned, null);
            }
        }
    }

    /// <summary>
    /// Surface and status of a village or group road. Groups of 30+ households were the 组组通 target,
    /// so their roads are nearly all hardened; small groups keep more gravel and earth.
    /// </summary>
    private static (RoadSurface Surface, RoadStatus Status) RuralRoad(double roll, bool large) => (large, roll) switch
    {
        (true, < 0.86) or (false, < 0.62) => (RoadSurface.Concrete, RoadStatus.Existing),
        (true, < 0.92) or (false, < 0.68) => (RoadSurface.Asphalt, RoadStatus.Existing),
        (true, < 0.96) or (false, < 0.74) => (RoadSurface.Paved, RoadStatus.Existing),
        (true, < 0.98) or (false, < 0.86) => (RoadSurface.Gravel, RoadStatus.Existing),
        (false, < 0.92) => (RoadSurface.Earth, RoadStatus.Existing),
        (true, < 0.99) or (false, < 0.97) => (RoadSurface.Concrete, RoadStatus.UnderConstruction),
        _ => (RoadSurface.Concrete, RoadStatus.Planned),
    };

    private static readonly int[] CampaignYears = [2014, 2015, 2016, 2017, 2017, 2018, 2018, 2018, 2019, 2019, 2020];

    private void Connect(Settlement s, RoadSurface surface, RoadStatus status, int? year)
    {
        var (px, py) = _layout.Projection.ToKm(s.Location);
        var nearest = NearestJoints(px, py, 8);
        foreach (var (index, km) in nearest)
        {
            if (km < 0.05)
            {
                // The hamlet sits on the road already.
                return;
            }

            var from = _joints[index];
            var path = SampleGeometry.Path(from, s.Location, 0.3, 0.08, _layout.Projection, _random);
            if (!_layout.Covers(SampleGeometry.Factory.CreateLineString(path)))
            {
                path = [from.Copy(), s.Location.Copy()];
                if (!_layout.Covers(SampleGeometry.Factory.CreateLineString(path)))
                {
                    continue;
                }
            }

            var roadClass = s.IsMain ? RoadClass.Village : RoadClass.Group;
            var name = s.IsMain ? $"{s.Name}通村路" : $"{s.Name}通组路";
            Add(name, roadClass, surface, status, year, path);
            return;
        }
    }

    /// <summary>The <paramref name="count"/> joints nearest to (x, y) km, nearest first; a linear scan keeps only the best few.</summary>
    private List<(int Index, double Km)> NearestJoints(double x, double y, int count)
    {
        var best = new List<(int Index, double Km)>(count + 1);
        for (var i = 0; i < _jointsKm.Count; i++)
        {
            var dx = _jointsKm[i].X - x;
            var dy = _jointsKm[i].Y - y;
            var km = Math.Sqrt((dx * dx) + (dy * dy));
            if (best.Count == count && km >= best[^1].Km)
            {
                continue;
            }

            var at = best.FindIndex(b => km < b.Km);
            best.Insert(at < 0 ? best.Count : at, (i, km));
            if (best.Count > count)
            {
                best.RemoveAt(count);
            }
        }

        return best;
    }

    private Coordinate[] Trunk(Coordinate a, Coordinate b)
    {
        var path = SampleGeometry.Path(a, b, 0.4, 0.04, _layout.Projection, _random);
        return _layout.Covers(SampleGeometry.Factory.CreateLineString(path)) ? path : SampleGeometry.Path(a, b, 0.4, 0, _layout.Projection, _random);
    }

    private void Add(string name, RoadClass roadClass, RoadSurface surface, RoadStatus status, int? year, Coordinate[] path)
    {
        var road = new Road($"{_layout.County.Code}-R{_roads.Count + 1:00000}", name, roadClass, surface, status, year, SampleGeometry.Factory.CreateLineString(path));
        _roads.Add(road);
        if (road.IsHardened)
        {
            foreach (var c in path)
            {
                _joints.Add(c);
                _jointsKm.Add(_layout.Projection.ToKm(c));
            }
        }
    }

    private int Number(RoadClass roadClass)
    {
        _numbers[roadClass] = _numbers.GetValueOrDefault(roadClass) + 1;
        return _numbers[roadClass];
    }

    private static (int Node, int[] Previous) Farthest(int from, List<(int To, double Km)>[] adjacency)
    {
        var distance = Enumerable.Repeat(double.NaN, adjacency.Length).ToArray();
        var previous = Enumerable.Repeat(-1, adjacency.Length).ToArray();
        distance[from] = 0;
        var stack = new Stack<int>([from]);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            foreach (var (to, km) in adjacency[node].Where(e => double.IsNaN(distance[e.To])))
            {
                distance[to] = distance[node] + km;
                previous[to] = node;
                stack.Push(to);
            }
        }

        var farthest = Enumerable.Range(0, adjacency.Length).MaxBy(i => distance[i]);
        return (farthest, previous);
    }
}
