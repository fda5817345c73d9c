namespace GeoRelief.Core.Sample.Features.Internal;

/// <summary>
/// Yearly poverty figures per natural village: county totals follow the calibrated incidence exactly;
/// villages share them by risk, hot spots keep a growing share (they lag behind), and no village's
/// poor count ever rises.
/// </summary>
internal static class PovertyHistoryBuilder
{
    public static List<VillageYear> Build(IReadOnlyList<Settlement> settlements, SampleCalibration calibration, SampleRandom random)
    {
        var n = settlements.Count;
        var rows = new List<VillageYear>(n * (SampleCalibration.LastYear - SampleCalibration.FirstYear + 1));
        var perVillage = Enumerable.Range(0, n).Select(_ => new List<VillageYear>()).ToArray();
        int[]? previousPoor = null;
        int[]? previousPoorHouseholds = null;
        var exitedSoFar = new int[n];
        for (var year = SampleCalibration.FirstYear; year <= SampleCalibration.LastYear; year++)
        {
            var registered = settlements.Select(s => year == SampleCalibration.CalibrationYear
                ? s.Population
                : Math.Max(s.Households, (int)Math.Round(s.Population * (1 + (s.RegisterDrift * (year - SampleCalibration.CalibrationYear))))))
                .ToArray();
            var total = (int)Math.Round(calibration.IncidencePercent(year) / 100 * registered.Sum(), MidpointRounding.AwayFromZero);
            var lag = 0.35 * (year - SampleCalibration.FirstYear);
            var weights = settlements.Select((s, i) => registered[i] * s.Risk * (1 + (lag * s.Hotness))).ToArray();
            var caps = Enumerable.Range(0, n)
                .Select(i => previousPoor is null ? (int)(0.85 * registered[i]) : Math.Min(registered[i], previousPoor[i]))
                .ToArray();
            var poor = Apportionment.Distribute(total, weights, caps);
            var poorHouseholds = new int[n];
            for (var i = 0; i < n; i++)
            {
                var s = settlements[i];
                poorHouseholds[i] = poor[i] == 0 ? 0 : Math.Clamp((int)Math.Round(poor[i] / s.PersonsPerHousehold), 1, Math.Min(s.Households, poor[i]));
                var exited = previousPoorHouseholds is null ? 0 : previousPoorHouseholds[i] - poorHouseholds[i];
                exitedSoFar[i] += exited;

                // Relapse monitoring began in 2020: unstable exited households, more of them where poverty lingered.
                var monitored = year == SampleCalibration.LastYear
                    ? Math.Min(s.Households, (int)Math.Round(exitedSoFar[i] * (0.04 + (0.10 * Math.Min(1, s.Hotness)) + random.Uniform(0, 0.04))))
                    : 0;
                perVillage[i].Add(new VillageYear(s.Id, year, registered[i], poorHouseholds[i], poor[i], exited, monitored));
            }

            previousPoor = poor;
            previousPoorHouseholds = poorHouseholds;
        }

        foreach (var village in perVillage)
        {
            rows.AddRange(village);
        }

        return rows;
    }
}
