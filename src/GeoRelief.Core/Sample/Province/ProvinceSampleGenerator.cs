using System.Globalization;
using GeoRelief.Core.Sample.Features;
using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Utilities;

namespace GeoRelief.Core.Sample.Province;

/// <summary>
/// A province-scale synthetic dataset for benchmarks: the sample county 锦屏县 generated once and copied onto a grid of
/// Columns × Rows counties under the fictional province 99 (合成省, clearly synthetic; codes 99PPCC…). Each copy is
/// shifted by whole multiples of the county's bounding box, so copies never overlap (the irregular outlines leave
/// gaps between counties, which lie in no unit); roads are cut into pieces that meet end to end; the elevation grid
/// is left out (walking times fall back to flat ground). Pure and deterministic.
/// </summary>
public static class ProvinceSampleGenerator
{
    private const int CountiesPerPrefecture = 10;

    /// <summary>Generates the province from the official divisions of the sample (those of 锦屏县 are used).</summary>
    public static SampleDataset Generate(IReadOnlyList<Division> divisions, ProvinceSampleParameters? parameters = null)
    {
        ArgumentNullException.ThrowIfNull(divisions);
        var p = parameters ?? new ProvinceSampleParameters();
        var template = SampleCounty.Jinping;
        var county = SampleGenerator.Generate(divisions, new SampleGeneratorParameters { Seed = p.Seed, Counties = [template] });
        var countyUnit = county.AdminUnits.Single(u => u.Code == template.Code);
        var box = countyUnit.Geometry!.EnvelopeInternal;
        var prefix = template.Code;

        var units = new List<AdminUnitFeature> { new(ProvinceSampleParameters.ProvinceCode, 1, null, "合成省（虚构，基准测试用）", null, countyUnit.CodeYear, null) };
        var villages = new List<NaturalVillage>();
        var years = new List<VillageYear>();
        var roads = new List<Road>();
        var facilities = new List<Facility>();
        var sites = new List<RelocationSite>();
        var sources = new List<RelocationSource>();
        var bases = new List<IndustrialBase>();
        var zones = new List<ConstraintZone>();
        var total = p.Columns * p.Rows;
        for (var n = 0; n < total; n++)
        {
            var prefecture = ProvinceSampleParameters.ProvinceCode + Two((n / CountiesPerPrefecture) + 1);
            if (n % CountiesPerPrefecture == 0)
            {
                units.Add(new AdminUnitFeature(prefecture, 2, ProvinceSampleParameters.ProvinceCode, $"合成州 {prefecture}", null, countyUnit.CodeYear, null));
            }

            var code = prefecture + Two((n % CountiesPerPrefecture) + 1);
            var shift = AffineTransformation.TranslationInstance((n % p.Columns) * box.Width, (n / p.Columns) * box.Height);
            string Code(string text) => text.StartsWith(prefix, StringComparison.Ordinal) ? code + text[prefix.Length..] : text;
            T Move<T>(T geometry) where T : Geometry => (T)shift.Transform(geometry);

            foreach (var u in county.AdminUnits.Where(u => u.Level >= 3))
            {
                var name = u.Level == 3 ? $"合成县 {code}" : u.Name;
                units.Add(u with { Code = Code(u.Code), ParentCode = u.Level == 3 ? prefecture : Code(u.ParentCode!), Name = name, Geometry = Move(u.Geometry!) });
            }

            villages.AddRange(county.NaturalVillages.Select(v => v with { Id = Code(v.Id), VillageCode = Code(v.VillageCode), Location = Move(v.Location) }));
            years.AddRange(county.VillageYears.Select(y => y with { NaturalVillageId = Code(y.NaturalVillageId) }));
            foreach (var road in county.Roads)
            {
                roads.AddRange(Pieces(road with { Id = Code(road.Id), Geometry = Move(road.Geometry) }, p.MaxSegmentsPerRoad));
            }

            facilities.AddRange(county.Facilities.Select(f => f with { Id = Code(f.Id), TownshipCode = Code(f.TownshipCode), Location = Move(f.Location) }));
            sites.AddRange(county.RelocationSites.Select(s => s with { Id = Code(s.Id), TownshipCode = Code(s.TownshipCode), Location = Move(s.Location) }));
            sources.AddRange(county.RelocationSources.Select(s => s with { SiteId = Code(s.SiteId), NaturalVillageId = Code(s.NaturalVillageId) }));
            bases.AddRange(county.IndustrialBases.Select(b => b with
            {
                Id = Code(b.Id), TownshipCode = Code(b.TownshipCode), BeneficiaryCodes = b.BeneficiaryCodes.Select(Code).ToList(), Location = Move(b.Location),
            }));
            zones.AddRange(county.ConstraintZones.Select(z => z with { Id = Code(z.Id), Geometry = Move(z.Geometry) }));
        }

        return new SampleDataset
        {
            Seed = p.Seed,
            AdminUnits = units,
            NaturalVillages = villages,
            VillageYears = years,
            Roads = roads,
            Facilities = facilities,
            RelocationSites = sites,
            RelocationSources = sources,
            IndustrialBases = bases,
            ConstraintZones = zones,
            ElevationGrids = [],
        };
    }

    private static IEnumerable<Road> Pieces(Road road, int maxSegments)
    {
        var points = road.Geometry.Coordinates;
        var segments = points.Length - 1;
        if (segments <= maxSegments)
        {
            yield return road;
            yield break;
        }

        var piece = 0;
        for (var start = 0; start < segments; start += maxSegments)
        {
            var end = Math.Min(start + maxSegments, segments);
            var line = road.Geometry.Factory.CreateLineString(points[start..(end + 1)]);
            yield return road with { Id = road.Id + "-" + (++piece).ToString(CultureInfo.InvariantCulture), Geometry = line };
        }
    }

    private static string Two(int number) => number.ToString("00", CultureInfo.InvariantCulture);
}
