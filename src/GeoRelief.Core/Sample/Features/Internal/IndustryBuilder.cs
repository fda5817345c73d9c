using NetTopologySuite.Geometries;

namespace GeoRelief.Core.Sample.Features.Internal;

/// <summary>
/// Industrial bases: planting and breeding bases among the villages, processing and e-commerce at
/// township seats, poverty-relief workshops beside the relocation sites, tourism, and one enclave
/// (飞地) park in the county-seat township whose dividends go to the households of the other townships.
/// </summary>
internal static class IndustryBuilder
{
    public static List<IndustrialBase> Build(
        CountyLayout layout,
        SampleCalibration calibration,
        IReadOnlyDictionary<string, Coordinate> seats,
        IReadOnlyList<Settlement> settlements,
        IReadOnlyList<RelocationSite> sites,
        SampleRandom random)
    {
        var bases = new List<IndustrialBase>();
        void Add(string name, IndustrialBaseKind kind, (int Min, int Max) jobs, (double Min, double Max) investment, string township, Coordinate near, double radiusKm, int dividends = 0, IReadOnlyList<string>? beneficiaries = null)
        {
            var at = SampleGeometry.RandomPointNear(near, 0.05, radiusKm, layout.Prepared(township), layout.Projection, random) ?? near;
            var jobCount = random.Next(jobs.Min, jobs.Max + 1);
            bases.Add(new IndustrialBase(
                $"{layout.County.Code}-IB{bases.Count + 1:000}",
                name,
                kind,
                jobCount,
                (int)Math.Round(jobCount * random.Uniform(0.25, 0.6)),
                dividends,
                Math.Round((decimal)random.Uniform(investment.Min, investment.Max), 2),
                beneficiaries ?? [township],
                township,
                SampleGeometry.Point(at)));
        }

        var countySeatTownship = layout.Townships[0];
        Add(
            $"{layout.County.Name}飞地产业园",
            IndustrialBaseKind.Enclave,
            (150, 400),
            (3000, 12000),
            countySeatTownship.Code,
            seats[countySeatTownship.Code],
            2.0,
            calibration.EnclaveDividendHouseholds,
            [.. layout.Townships.Skip(1).Select(t => t.Code)]);

        foreach (var township in layout.Townships)
        {
            var shortName = CountyLayout.ShortName(township);
            var local = settlements.Where(s => s.TownshipCode == township.Code).ToList();
            var seat = seats[township.Code];
            var crop = random.Pick(calibration.Crops);
            Add($"{shortName}{crop}种植基地", IndustrialBaseKind.Planting, (40, 300), (80, 1500), township.Code, local.Count > 0 ? random.Pick(local).Location : seat, 1.0);
            if (random.Chance(0.5))
            {
                Add($"{shortName}{random.Pick(calibration.Livestock)}养殖基地", IndustrialBaseKind.Breeding, (20, 150), (50, 900), township.Code, local.Count > 0 ? random.Pick(local).Location : seat, 1.0);
            }

            if (random.Chance(0.3))
            {
                Add($"{shortName}{crop}加工厂", IndustrialBaseKind.Processing, (40, 250), (200, 3000), township.Code, seat, 1.0);
            }

            if (township.Code == countySeatTownship.Code || random.Chance(0.25))
            {
                Add($"{shortName}电商服务中心", IndustrialBaseKind.Ecommerce, (10, 60), (30, 300), township.Code, seat, 0.5);
            }

            if (random.Chance(0.25))
            {
                Add($"{shortName}扶贫车间", IndustrialBaseKind.Workshop, (20, 100), (20, 200), township.Code, seat, 0.4);
            }
        }

        foreach (var site in sites.Where(s => s.Kind == RelocationSiteKind.Concentrated))
        {
            var count = random.Next(1, 3);
            for (var i = 1; i <= count; i++)
            {
                Add($"{site.Name}扶贫车间{i}", IndustrialBaseKind.Workshop, (30, 120), (20, 200), site.TownshipCode, site.Location.Coordinate, 0.3);
            }
        }

        var scenic = layout.Townships.FirstOrDefault(t => t.Name.Contains("隆里", StringComparison.Ordinal)) ?? random.Pick(layout.Townships);
        Add(
            scenic.Name.Contains("隆里", StringComparison.Ordinal) ? "隆里古城乡村旅游区" : $"{CountyLayout.ShortName(scenic)}乡村旅游区",
            IndustrialBaseKind.Tourism,
            (30, 150),
            (500, 5000),
            scenic.Code,
            seats[scenic.Code],
            1.5);
        var second = random.Pick(layout.Townships);
        Add($"{CountyLayout.ShortName(second)}{(calibration.SouthernPlaceNames ? "侗寨" : "草原")}旅游点", IndustrialBaseKind.Tourism, (15, 80), (100, 1500), second.Code, seats[second.Code], 3.0);
        return bases;
    }
}
