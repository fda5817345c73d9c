using NetTopologySuite.Geometries;
using NetTopologySuite.IO;
using Npgsql;

namespace GeoRelief.Data.Imports.Internal;

/// <summary>
/// Which village a point lies in, answered in C# for points well inside one village, so that the reader places most
/// points of a large file while PostgreSQL ingests them, and locate_points.sql tests only the rest in PostGIS.
/// Each village's bounding box is cut into a grid (at most <see cref="MaxCellsPerSide"/> cells a side, fewer when the
/// villages are many, so the map stays within <see cref="CellBudget"/> bytes); a cell is <c>Touched</c> when any edge
/// of the village's rings passes within <see cref="Margin"/> of it, and otherwise wholly inside or wholly outside,
/// decided by the crossings of its row's centre line (even–odd over every ring, which is the polygon's interior for a
/// valid polygon or multipolygon). A point is placed only when it falls in an inside cell of exactly one village and in
/// an outside cell of every other village whose box holds it: such a point is at least <see cref="Margin"/> from every
/// boundary, so PostGIS's ST_Intersects, and with it locate_village's rule, gives the same village. A point on or near a
/// boundary, in no village, or in the box of an invalid village is left to PostGIS (null).
/// </summary>
internal sealed class VillageCellMap
{
    /// <summary>At most this many cells a side for one village.</summary>
    public const int MaxCellsPerSide = 128;

    /// <summary>The map's cells (one byte each) for all villages together at most this many.</summary>
    public const long CellBudget = 16L * 1024 * 1024;

    /// <summary>Degrees (about 0.1 mm): far above the rounding of coordinates of a few hundred degrees, far below any real distance.</summary>
    public const double Margin = 1e-9;

    private const byte Outside = 0;
    private const byte Inside = 1;
    private const byte Touched = 2;

    private readonly VillageGrid[] _villages;
    private readonly Dictionary<long, int[]> _buckets;
    private readonly double _bucketSize;

    private VillageCellMap(VillageGrid[] villages)
    {
        _villages = villages;
        // Buckets half the typical village: a point looks at the two or three villages whose boxes reach its bucket.
        var sides = villages.Select(v => v.Side).Order().ToArray();
        _bucketSize = sides.Length == 0 ? 1 : Math.Max(sides[sides.Length / 2] / 2, 1e-6);
        var lists = new Dictionary<long, List<int>>();
        for (var i = 0; i < villages.Length; i++)
        {
            var v = villages[i];
            for (var bx = Bucket(v.MinX); bx <= Bucket(v.MaxX); bx++)
            {
                for (var by = Bucket(v.MinY); by <= Bucket(v.MaxY); by++)
                {
                    var key = BucketKey(bx, by);
                    if (!lists.TryGetValue(key, out var list))
                    {
                        lists[key] = list = [];
                    }

                    list.Add(i);
                }
            }
        }

        _buckets = lists.ToDictionary(p => p.Key, p => p.Value.ToArray());
    }

    /// <summary>How many villages the map holds.</summary>
    public int Villages => _villages.Length;

    /// <summary>Reads every village (admin level 5) of the database and builds the map.</summary>
    public static async Task<VillageCellMap> LoadAsync(NpgsqlDataSource dataSource, CancellationToken ct)
    {
        var villages = new List<VillageRings>();
        var wkb = new WKBReader();
        await using (var command = dataSource.CreateCommand(ImportSqlTemplates.Read("select_village_rings.sql")))
        {
            command.CommandTimeout = 0;
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                villages.Add(new VillageRings(
                    reader.GetString(0), reader.GetString(1), reader.GetBoolean(2), Rings(wkb.Read(reader.GetFieldValue<byte[]>(3)))));
            }
        }

        return Build(villages);
    }

    /// <summary>Builds the map of <paramref name="villages"/>.</summary>
    public static VillageCellMap Build(IReadOnlyList<VillageRings> villages)
    {
        ArgumentNullException.ThrowIfNull(villages);
        var perSide = (int)Math.Clamp(Math.Sqrt(CellBudget / (double)Math.Max(villages.Count, 1)), 8, MaxCellsPerSide);
        return new VillageCellMap([.. villages.Select(v => VillageGrid.Rasterise(v, perSide))]);
    }

    /// <summary>The village and township of the point (x, y) when it lies well inside exactly one village; otherwise null.</summary>
    public (string Village, string Township)? Locate(double x, double y)
    {
        if (!double.IsFinite(x) || !double.IsFinite(y) || !_buckets.TryGetValue(BucketKey(Bucket(x), Bucket(y)), out var candidates))
        {
            return null;
        }

        VillageGrid? found = null;
        foreach (var index in candidates)
        {
            switch (_villages[index].StatusAt(x, y))
            {
                case Touched:
                    return null;
                case Inside when found is not null:
                    return null;
                case Inside:
                    found = _villages[index];
                    break;
            }
        }

        return found is null ? null : (found.Code, found.ParentCode);
    }

    private long Bucket(double coordinate) => (long)Math.Floor(coordinate / _bucketSize);

    private static long BucketKey(long bx, long by) => (bx << 32) ^ (by & 0xFFFFFFFFL);

    private static List<Coordinate[]> Rings(Geometry geometry)
    {
        var rings = new List<Coordinate[]>();
        for (var i = 0; i < geometry.NumGeometries; i++)
        {
            if (geometry.GetGeometryN(i) is Polygon polygon)
            {
                rings.Add(polygon.ExteriorRing.Coordinates);
                rings.AddRange(polygon.InteriorRings.Select(r => r.Coordinates));
            }
        }

        return rings;
    }

    /// <summary>One village as read: its code, its township's code, whether PostGIS finds it valid, its rings.</summary>
    internal sealed record VillageRings(string Code, string ParentCode, bool Valid, IReadOnlyList<Coordinate[]> Rings);

    /// <summary>One village's cells: the grid starts one cell before its box's corner and ends one cell after.</summary>
    private sealed class VillageGrid
    {
        private readonly double _originX;
        private readonly double _originY;
        private readonly double _cell;
        private readonly int _columns;
        private readonly int _rows;
        private readonly byte[] _status;

        private VillageGrid(VillageRings village, Envelope box, double cell)
        {
            Code = village.Code;
            ParentCode = village.ParentCode;
            (MinX, MinY, MaxX, MaxY) = (box.MinX, box.MinY, box.MaxX, box.MaxY);
            _cell = cell;
            _originX = box.MinX - cell;
            _originY = box.MinY - cell;
            _columns = (int)Math.Ceiling(box.Width / cell) + 2;
            _rows = (int)Math.Ceiling(box.Height / cell) + 2;
            _status = new byte[_columns * _rows];
        }

        public string Code { get; }

        public string ParentCode { get; }

        public double MinX { get; }

        public double MinY { get; }

        public double MaxX { get; }

        public double MaxY { get; }

        public double Side => Math.Max(MaxX - MinX, MaxY - MinY);

        public static VillageGrid Rasterise(VillageRings village, int perSide)
        {
            var box = new Envelope();
            foreach (var ring in village.Rings)
            {
                foreach (var c in ring)
                {
                    box.ExpandToInclude(c);
                }
            }

            if (box.IsNull)
            {
                box = new Envelope(0, 0, 0, 0);
            }

            // A village with no area (or an invalid one) keeps every cell Touched: its points go to PostGIS.
            var side = Math.Max(box.Width, box.Height);
            var grid = new VillageGrid(village, box, side > 0 ? side / perSide : 1);
            if (!village.Valid || side <= 0)
            {
                Array.Fill(grid._status, Touched);
                return grid;
            }

            foreach (var ring in village.Rings)
            {
                for (var k = 1; k < ring.Length; k++)
                {
                    grid.MarkTouched(ring[k - 1], ring[k]);
                }
            }

            grid.FillInside(village.Rings);
            return grid;
        }

        public byte StatusAt(double x, double y)
        {
            var column = (long)Math.Floor((x - _originX) / _cell);
            var row = (long)Math.Floor((y - _originY) / _cell);
            return column < 0 || row < 0 || column >= _columns || row >= _rows ? Outside : _status[(row * _columns) + column];
        }

        // Every cell the segment a–b passes within Margin of: per row band (grown by Margin), the segment's x-range in it.
        private void MarkTouched(Coordinate a, Coordinate b)
        {
            var firstRow = Row(Math.Min(a.Y, b.Y) - Margin);
            var lastRow = Row(Math.Max(a.Y, b.Y) + Margin);
            for (var row = firstRow; row <= lastRow; row++)
            {
                var bandLow = _originY + (row * _cell) - Margin;
                var bandHigh = _originY + ((row + 1) * _cell) + Margin;
                double low;
                double high;
                if (a.Y == b.Y)
                {
                    (low, high) = (Math.Min(a.X, b.X), Math.Max(a.X, b.X));
                }
                else
                {
                    var t0 = Math.Clamp((bandLow - a.Y) / (b.Y - a.Y), 0, 1);
                    var t1 = Math.Clamp((bandHigh - a.Y) / (b.Y - a.Y), 0, 1);
                    var x0 = a.X + (t0 * (b.X - a.X));
                    var x1 = a.X + (t1 * (b.X - a.X));
                    (low, high) = (Math.Min(x0, x1), Math.Max(x0, x1));
                }

                var first = Column(low - Margin);
                var last = Column(high + Margin);
                for (var column = first; column <= last; column++)
                {
                    _status[(row * _columns) + column] = Touched;
                }
            }
        }

        // The cells no edge touches are wholly on one side: the crossings of the row's centre line left of the cell's
        // centre, counted over every ring, say which.
        private void FillInside(IReadOnlyList<Coordinate[]> rings)
        {
            var crossings = new List<double>();
            for (var row = 0; row < _rows; row++)
            {
                var y = _originY + ((row + 0.5) * _cell);
                crossings.Clear();
                foreach (var ring in rings)
                {
                    for (var k = 1; k < ring.Length; k++)
                    {
                        var (a, b) = (ring[k - 1], ring[k]);
                        if ((a.Y > y) != (b.Y > y))
                        {
                            crossings.Add(a.X + ((y - a.Y) * (b.X - a.X) / (b.Y - a.Y)));
                        }
                    }
                }

                crossings.Sort();
                var left = 0;
                for (var column = 0; column < _columns; column++)
                {
                    var x = _originX + ((column + 0.5) * _cell);
                    while (left < crossings.Count && crossings[left] < x)
                    {
                        left++;
                    }

                    var index = (row * _columns) + column;
                    if (_status[index] != Touched && left % 2 == 1)
                    {
                        _status[index] = Inside;
                    }
                }
            }
        }

        private int Row(double y) => (int)Math.Clamp(Math.Floor((y - _originY) / _cell), 0, _rows - 1);

        private int Column(double x) => (int)Math.Clamp(Math.Floor((x - _originX) / _cell), 0, _columns - 1);
    }
}
