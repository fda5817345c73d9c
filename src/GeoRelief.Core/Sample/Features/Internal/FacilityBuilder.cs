using NetTopologySuite.Geometries;

namespace GeoRelief.Core.Sample.Features.Internal;

/// <summary>Township seats (exactly one per township), their middle school, health centre and market, and village schools and clinics.</summary>
internal static class FacilityBuilder
{
    /// <summary>The seat of each township: near the middle of the township, strictly inside it.</summary>
    public static Dictionary<string, Coordinate> Seats(CountyLayout layout, SampleRandom random)
    {
        var seats = new Dictionary<string, Coordinate>(StringComparer.Ordinal);
        foreach (var township in layout.Townships)
        {
            var centre = SampleGeometry.InteriorPoint(township.Geometry!);
            seats[township.Code] = SampleGeometry.RandomPointNear(centre, 0, 0.8, layout.Prepared(township.Code), layout.Projection, random)
                ?? centre;
        }

        return seats;
    }

    public static List<Facility> Build(CountyLayout layout, IReadOnlyDictionary<string, Coordinate> seats, IReadOnlyList<Settlement> settlements, SampleRandom random)
    {
        var facilities = new List<Facility>();
        void Add(string name, FacilityKind kind, string township, Coordinate at) =>
            facilities.Add(new Facility($"{layout.County.Code}-F{facilities.Count + 1:0000}", name, kind, township, SampleGeometry.Point(at)));

        Coordinate NearSeat(string township) =>
            SampleGeometry.RandomPointNear(seats[township], 0.08, 0.4, layout.Prepared(township), layout.Projection, random) ?? seats[township];

        foreach (var township in layout.Townships)
        {
            var shortName = CountyLayout.ShortName(township);
            Add($"{township.Name}人民政府", FacilityKind.TownshipSeat, township.Code, seats[township.Code]);
            Add($"{shortName}中学", FacilityKind.School, township.Code, NearSeat(township.Code));
            Add($"{township.Name}卫生院", FacilityKind.Clinic, township.Code, NearSeat(township.Code));
            Add($"{shortName}集贸市场", FacilityKind.Market, township.Code, NearSeat(township.Code));
        }

        // Village schools and clinics stand by the committee's hamlet.
        foreach (var main in settlements.Where(s => s.IsMain))
        {
            var village = layout.Villages.First(v => v.Code == main.VillageCode);
            var villageName = CountyLayout.ShortVillageName(village);
            Coordinate Beside() =>
                SampleGeometry.RandomPointNear(main.Location, 0.03, 0.15, layout.Prepared(village.Code), layout.Projection, random) ?? main.Location;
            if (random.Chance(0.35))
            {
                Add($"{villageName}小学", FacilityKind.School, main.TownshipCode, Beside());
            }

            if (random.Chance(0.8))
            {
                Add($"{villageName}卫生室", FacilityKind.Clinic, main.TownshipCode, Beside());
            }
        }

        return facilities;
    }
}
