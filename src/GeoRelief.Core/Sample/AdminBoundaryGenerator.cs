using GeoRelief.Core.Sample.Boundaries;
using NetTopologySuite.Geometries;

namespace GeoRelief.Core.Sample;

/// <summary>
/// Makes synthetic boundaries for the sample counties, their townships and villages, in EPSG:4490:
/// plausible irregular shapes of the real size at the real place, tiling exactly level by level
/// (method: <see cref="CountyPartitionOp"/>).
/// </summary>
public static class AdminBoundaryGenerator
{
    private const int CodeYear = 2023;

    /// <summary>Boundaries for every division below and including each county; provinces and prefectures without geometry.</summary>
    /// <returns>
    /// Provinces and prefectures first, in the order given; then for each county in the order given: the
    /// county, its townships by code, then its villages by code.
    /// </returns>
    public static IReadOnlyList<AdminUnitFeature> Generate(IReadOnlyList<Division> divisions, IReadOnlyList<SampleCounty> counties, int seed)
    {
        ArgumentNullException.ThrowIfNull(divisions);
        ArgumentNullException.ThrowIfNull(counties);
        var result = new List<AdminUnitFeature>();
        foreach (var d in divisions.Where(d => d.Level < 3))
        {
            result.Add(new AdminUnitFeature(d.Code, d.Level, d.ParentCode, d.Name, null, CodeYear, null));
        }

        foreach (var county in counties)
        {
            var countyDivision = divisions.SingleOrDefault(d => d.Code == county.Code)
                ?? throw new ArgumentException($"County {county.Code} ({county.Name}) is not among the divisions.", nameof(divisions));
            var partition = CountyPartitionOp.Partition(county, divisions, seed);
            result.Add(Feature(countyDivision, null, partition.County));
            result.AddRange(partition.Townships.Select(t => Feature(t.Division, null, t.Geometry)));
            var townshipNames = partition.Townships.ToDictionary(t => t.Division.Code, t => t.Division.Name, StringComparer.Ordinal);
            result.AddRange(partition.Villages.Select(v => Feature(
                v.Division,
                UrbanRuralCodes.ForVillage(v.Division.Code, townshipNames[v.Division.ParentCode!]),
                v.Geometry)));
        }

        return result;
    }

    private static AdminUnitFeature Feature(Division d, int? urbanRural, MultiPolygon geometry) =>
        new(d.Code, d.Level, d.ParentCode, d.Name, urbanRural, CodeYear, geometry);
}
