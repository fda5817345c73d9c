using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Prepared;

namespace GeoRelief.Core.Sample.Features.Internal;

/// <summary>One county's boundaries from the boundary generator, indexed for placement.</summary>
internal sealed class CountyLayout
{
    private readonly Dictionary<string, IPreparedGeometry> _prepared;
    private readonly Dictionary<string, List<AdminUnitFeature>> _villagesByTownship;

    private CountyLayout(SampleCounty county, AdminUnitFeature unit, List<AdminUnitFeature> townships, List<AdminUnitFeature> villages)
    {
        County = county;
        Boundary = unit.Geometry ?? throw new InvalidOperationException($"County {county.Code} has no generated boundary.");
        Townships = townships;
        Villages = villages;
        Envelope = Boundary.EnvelopeInternal;
        Projection = new LocalProjection(Envelope.Centre.X, Envelope.Centre.Y);
        _prepared = townships.Concat(villages).Append(unit).ToDictionary(
            u => u.Code,
            u => PreparedGeometryFactory.Prepare(u.Geometry ?? throw new InvalidOperationException($"Unit {u.Code} has no generated boundary.")),
            StringComparer.Ordinal);
        PreparedBoundary = _prepared[unit.Code];
        _villagesByTownship = townships.ToDictionary(
            t => t.Code,
            t => villages.Where(v => v.ParentCode == t.Code).ToList(),
            StringComparer.Ordinal);
    }

    public SampleCounty County { get; }

    public MultiPolygon Boundary { get; }

    public IPreparedGeometry PreparedBoundary { get; }

    /// <summary>Townships by code.</summary>
    public IReadOnlyList<AdminUnitFeature> Townships { get; }

    /// <summary>Administrative villages by code.</summary>
    public IReadOnlyList<AdminUnitFeature> Villages { get; }

    public Envelope Envelope { get; }

    public LocalProjection Projection { get; }

    public static CountyLayout From(IReadOnlyList<AdminUnitFeature> units, SampleCounty county)
    {
        var unit = units.Single(u => u.Code == county.Code);
        var townships = units.Where(u => u.Level == 4 && u.ParentCode == county.Code).OrderBy(u => u.Code, StringComparer.Ordinal).ToList();
        var townshipCodes = townships.Select(t => t.Code).ToHashSet(StringComparer.Ordinal);
        var villages = units.Where(u => u.Level == 5 && u.ParentCode is not null && townshipCodes.Contains(u.ParentCode)).OrderBy(u => u.Code, StringComparer.Ordinal).ToList();
        return new CountyLayout(county, unit, townships, villages);
    }

    public IPreparedGeometry Prepared(string code) => _prepared[code];

    public IReadOnlyList<AdminUnitFeature> VillagesOf(string townshipCode) => _villagesByTownship[townshipCode];

    /// <summary>Whether the line or point lies within the county (roads must not leave it: their pieces must add up).</summary>
    public bool Covers(Geometry g) => PreparedBoundary.Covers(g);

    /// <summary>Strictly inside the township, so the linkage puts the point there without a tie.</summary>
    public bool IsInside(string unitCode, Coordinate c) => _prepared[unitCode].Contains(SampleGeometry.Point(c));

    /// <summary>Short township name without its 镇/乡/苏木/街道 suffix, as local names use it.</summary>
    public static string ShortName(AdminUnitFeature unit)
    {
        foreach (var suffix in new[] { "街道办事处", "街道", "苏木", "镇", "乡" })
        {
            if (unit.Name.EndsWith(suffix, StringComparison.Ordinal) && unit.Name.Length > suffix.Length + 1)
            {
                return unit.Name[..^suffix.Length];
            }
        }

        return unit.Name;
    }

    /// <summary>Village name without its committee suffix: 永宁村村民委员会 → 永宁村, 双兴嘎查委会 → 双兴嘎查.</summary>
    public static string ShortVillageName(AdminUnitFeature unit)
    {
        foreach (var suffix in new[] { "村民委员会", "居民委员会", "居委会", "委会" })
        {
            if (unit.Name.EndsWith(suffix, StringComparison.Ordinal) && unit.Name.Length > suffix.Length)
            {
                return unit.Name[..^suffix.Length];
            }
        }

        return unit.Name;
    }

    /// <summary>Rural village committees (村委会, 嘎查): village digits 200 and up; resident committees have no natural villages.</summary>
    public static bool IsRuralVillage(AdminUnitFeature unit) => unit.Level == 5 && int.Parse(unit.Code.AsSpan(9, 3), System.Globalization.CultureInfo.InvariantCulture) >= 200;
}
