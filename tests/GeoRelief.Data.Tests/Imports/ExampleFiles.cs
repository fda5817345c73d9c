using System.Globalization;
using System.Text;
using GeoRelief.Core.Coordinates;
using GeoRelief.Core.Sample.Features;
using GeoRelief.Data.Imports;

namespace GeoRelief.Data.Tests.Imports;

/// <summary>
/// The example files of data/examples (docs/import.md walks through them), made from the default sample so that every
/// feature lies in a known village of 锦屏县: villages picked on AMap (GCJ-02 GeoJSON), roads in CGCS2000 3° Gauss–Krüger
/// zone 36 (EPSG:4524; a GeoJSON here, zipped as a Shapefile by ogr2ogr), relocation sites as a GBK CSV with Chinese
/// headers, and the same sites with one broken row. Pure C# from the seeded sample: the same bytes every time.
/// </summary>
internal static class ExampleFiles
{
    public const string Villages = "villages-amap-gcj02.geojson";
    public const string RoadsGeoJson = "roads-gk-zone36.geojson";
    public const string RoadsShapefile = "roads-gk-zone36.zip";
    public const string Sites = "relocation-sites-gbk.csv";
    public const string BrokenSites = "relocation-sites-broken-gbk.csv";

    /// <summary>The county all examples lie in.</summary>
    public const string County = "522628";

    /// <summary>The text files, by name.</summary>
    public static IReadOnlyDictionary<string, byte[]> Render(SampleDataset sample)
    {
        var gbk = ImportEncodings.Find("gbk")!;
        return new Dictionary<string, byte[]>(StringComparer.Ordinal)
        {
            [Villages] = Encoding.UTF8.GetBytes(VillagesGeoJson(sample)),
            [RoadsGeoJson] = Encoding.UTF8.GetBytes(RoadsInZone36(sample)),
            [Sites] = gbk.GetBytes(SitesCsv(sample, broken: false)),
            [BrokenSites] = gbk.GetBytes(SitesCsv(sample, broken: true)),
        };
    }

    /// <summary>The sample villages the GeoJSON holds (their true CGCS2000 position and village).</summary>
    public static IReadOnlyList<NaturalVillage> ExampleVillages(SampleDataset sample) =>
        [.. sample.NaturalVillages.Where(v => v.VillageCode.StartsWith(County, StringComparison.Ordinal)).Take(5)];

    /// <summary>The sample roads the Shapefile holds: the first three of the county that cross a township boundary.</summary>
    public static IReadOnlyList<Road> ExampleRoads(SampleDataset sample) =>
        [.. sample.Roads.Where(r => r.Id.Contains(County, StringComparison.Ordinal) && r.Geometry.NumPoints > 2).Take(3)];

    /// <summary>The sample relocation sites the CSV holds.</summary>
    public static IReadOnlyList<RelocationSite> ExampleSites(SampleDataset sample) =>
        [.. sample.RelocationSites.Where(s => s.TownshipCode.StartsWith(County, StringComparison.Ordinal)).Take(4)];

    private static string VillagesGeoJson(SampleDataset sample)
    {
        var features = ExampleVillages(sample).Select((v, i) =>
        {
            var gcj = Gcj02.FromCgcs2000(new LonLat(v.Location.X, v.Location.Y));
            return string.Create(CultureInfo.InvariantCulture,
                $"  {{\"type\": \"Feature\", \"properties\": {{\"编号\": \"ex-nv-{i + 1}\", \"名称\": \"{v.Name}\", \"行政村代码\": \"{v.VillageCode}\", \"户数\": {v.Households}, \"人口\": {v.Population}}}, "
                + $"\"geometry\": {{\"type\": \"Point\", \"coordinates\": [{gcj.Lon:F6}, {gcj.Lat:F6}]}}}}");
        });
        return "{\"type\": \"FeatureCollection\", \"features\": [\n" + string.Join(",\n", features) + "\n]}\n";
    }

    private static string RoadsInZone36(SampleDataset sample)
    {
        var toZone = new CrsTransformOp(CrsTransformParameters.Parse("EPSG:4490", "EPSG:4524"));
        var features = ExampleRoads(sample).Select((r, i) =>
        {
            var coordinates = string.Join(", ", r.Geometry.Coordinates.Select(c =>
            {
                var p = toZone.Transform(new CrsPoint(c.X, c.Y));
                return string.Create(CultureInfo.InvariantCulture, $"[{p.X:F2}, {p.Y:F2}]");
            }));
            return string.Create(CultureInfo.InvariantCulture,
                $"  {{\"type\": \"Feature\", \"properties\": {{\"编号\": \"ex-road-{i + 1}\", \"名称\": \"{r.Name}\", \"等级\": \"{SampleVocabulary.Code(r.Class)}\", \"路面\": \"{SampleVocabulary.Code(r.Surface)}\", \"状态\": \"{SampleVocabulary.Code(r.Status)}\"}}, "
                + $"\"geometry\": {{\"type\": \"LineString\", \"coordinates\": [{coordinates}]}}}}");
        });
        return "{\"type\": \"FeatureCollection\", \"crs\": {\"type\": \"name\", \"properties\": {\"name\": \"urn:ogc:def:crs:EPSG::4524\"}}, \"features\": [\n"
            + string.Join(",\n", features) + "\n]}\n";
    }

    private static string SitesCsv(SampleDataset sample, bool broken)
    {
        var csv = new StringBuilder("编号,名称,安置方式,建设状态,计划户数,计划人数,入住户数,入住人数,工程进度,开工日期,计划竣工日期,配套设施,经度,纬度\r\n");
        foreach (var (s, i) in ExampleSites(sample).Select((s, i) => (s, i)))
        {
            // The broken file: the second site reports more households moved in than planned.
            var movedIn = broken && i == 1 ? s.PlannedHouseholds + 7 : s.MovedInHouseholds;
            csv.Append(CultureInfo.InvariantCulture,
                $"ex-site-{i + 1},{s.Name},{SampleVocabulary.Code(s.Kind)},{SampleVocabulary.Code(s.Status)},{s.PlannedHouseholds},{s.PlannedPersons},{movedIn},{s.MovedInPersons},{s.ProgressPct:F1}%,{s.StartDate:yyyy-MM-dd},{s.PlannedCompletionDate:yyyy-MM-dd},{string.Join('；', s.Facilities)},{s.Location.X:F6},{s.Location.Y:F6}\r\n");
        }

        return csv.ToString();
    }
}
