using System.Globalization;
using GeoRelief.Core.Admin;
using GeoRelief.Core.Analytics.Access;
using GeoRelief.Core.Analytics.Classification;
using GeoRelief.Core.Analytics.Poverty;
using GeoRelief.Core.Analytics.Smoothing;
using GeoRelief.Core.Analytics.SpatialStatistics;
using GeoRelief.Core.Analytics.Weights;
using GeoRelief.Data.Analytics;
using NetTopologySuite.Geometries;

namespace GeoRelief.Server.Apis.Analytics;

/// <summary>
/// The planning analyses behind <c>/api/v1/analytics/…</c> and <c>georelief analyze …</c>: parameters parsed once for
/// both, set work in PostGIS (<see cref="AnalyticsStore"/>), the statistics in Core, results cached per data version.
/// </summary>
public sealed class PlanningAnalytics(AnalyticsStore store, AnalyticsCache cache)
{
    /// <summary>The analyses by name, as the API path and the command-line verb spell them.</summary>
    public static IReadOnlyList<string> Names { get; } =
        ["poverty", "poverty-series", "classify", "hotspots", "road-coverage", "rai", "job-access", "relocation-progress"];

    private static readonly string[] Indicators = ["incidence", "density", "smoothed-incidence"];

    /// <summary>Runs (or takes from the cache) the named analysis with raw parameters.</summary>
    /// <exception cref="AnalyticsParameterException">A parameter is malformed, or not one the analysis takes.</exception>
    /// <exception cref="AnalyticsUnitNotFoundException">A unit code names no unit.</exception>
    public async Task<AnalyticsResult> RunAsync(string analysis, IReadOnlyDictionary<string, string?> parameters, CancellationToken cancellationToken)
    {
        var arguments = new AnalyticsArguments(parameters);
        var version = await store.DataVersionAsync(cancellationToken);
        Func<Task<AnalyticsResult>> compute = analysis switch
        {
            "poverty" => await PreparePovertyAsync(arguments, version, cancellationToken),
            "poverty-series" => await PrepareSeriesAsync(arguments, version, cancellationToken),
            "classify" => await PrepareClassifyAsync(arguments, version, cancellationToken),
            "hotspots" => await PrepareHotSpotsAsync(arguments, version, cancellationToken),
            "road-coverage" => await PrepareRoadCoverageAsync(arguments, version, cancellationToken),
            "rai" => await PrepareRaiAsync(arguments, version, cancellationToken),
            "job-access" => await PrepareJobAccessAsync(arguments, version, cancellationToken),
            "relocation-progress" => await PrepareRelocationAsync(arguments, version, cancellationToken),
            _ => throw new ArgumentException($"No analysis is called '{analysis}'; use one of {string.Join(", ", Names)}.", nameof(analysis)),
        };
        // Every Prepare reads all its parameters before it returns (none inside the computation), so what it did not
        // ask for was not a parameter of this analysis.
        arguments.RejectUnasked(analysis);
        return await cache.GetOrComputeAsync(analysis + "?" + arguments.Key, version, compute);
    }

    /// <summary>Classifies a client's own values (POST classify): nothing from the database, nothing cached.</summary>
    public async Task<AnalyticsResult> ClassifyValuesAsync(IReadOnlyList<double> values, IReadOnlyDictionary<string, string?> parameters, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(values);
        var arguments = new AnalyticsArguments(parameters);
        var classifyParameters = ReadClassifyParameters(arguments);
        arguments.RejectUnasked("classify");
        var version = await store.DataVersionAsync(cancellationToken);
        var classification = Classify(values, classifyParameters, "values");
        return new AnalyticsResult("classify", version, arguments.Used, ["Values as posted; classes are closed on their upper bound."], ToReport(classification, [], []));
    }

    private async Task<string> WithinAsync(AnalyticsArguments arguments, bool required, CancellationToken cancellationToken)
    {
        var within = required ? arguments.RequiredCode("within") : arguments.Within();
        if (within.Length > 0 && !await store.UnitExistsAsync(within, cancellationToken))
        {
            throw new AnalyticsUnitNotFoundException("within", within);
        }

        return within;
    }

    private async Task<int> YearAsync(AnalyticsArguments arguments, string within, bool withPoor, CancellationToken cancellationToken)
    {
        if (arguments.OptionalInteger("year", 2000, 2100) is { } year)
        {
            return year;
        }

        var latest = await store.LatestYearAsync(within, withPoor, cancellationToken)
            ?? throw new AnalyticsParameterException("year", "has no default: no poverty figures exist within this unit. Import village_year figures first.");
        arguments.Record("year", latest);
        return latest;
    }

    // ---- Poverty --------------------------------------------------------------------------------------------

    private async Task<Func<Task<AnalyticsResult>>> PreparePovertyAsync(AnalyticsArguments arguments, long version, CancellationToken ct)
    {
        var within = await WithinAsync(arguments, required: false, ct);
        var level = arguments.Level(within, AdminLevel.Township);
        var year = await YearAsync(arguments, within, withPoor: false, ct);
        var exitThreshold = arguments.OptionalNumber("exitThresholdPct", 0, 100, "percent");
        var smooth = arguments.Flag("smooth", true);
        return async () =>
        {
            var report = await PovertyAsync(within, level, year, exitThreshold, smooth, ct);
            return new AnalyticsResult("poverty", version, arguments.Used, PovertyNotes(exitThreshold), report);
        };
    }

    private static List<string> PovertyNotes(double? exitThreshold) =>
    [
        "Incidence = poor population / registered rural population of the natural villages located in the unit (n = registeredPopulation).",
        "Density = poor population per km² of the unit's area on the ellipsoid.",
        exitThreshold is null
            ? "Exit threshold: 2 % of incidence, 3 % in the western provinces (at or below counts); survey figures are not stored, so only incidence is judged."
            : "Exit threshold as given (exitThresholdPct), for every province; survey figures are not stored, so only incidence is judged.",
        "Poor village: poor people, and incidence at least twice the provincial incidence of the same year.",
        "smoothedIncidencePct: global empirical-Bayes smoothing over the units listed (when smooth=true).",
        "monitoredPerExitedPct: households under relapse monitoring per household exited up to the year.",
    ];

    private async Task<PovertyReport> PovertyAsync(string within, AdminLevel level, int year, double? exitThresholdPct, bool smooth, CancellationToken ct)
    {
        var figures = await store.PovertyAsync(level, within, year, ct);
        var rows = figures.Units;
        var villages = figures.Villages;
        var provinces = villages
            .GroupBy(v => v.VillageCode[..2], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => PovertyIndicators.Incidence(g.Sum(v => v.PoorPopulation), g.Sum(v => v.RegisteredPopulation)), StringComparer.Ordinal);
        var poorVillages = villages
            .Where(v => v.VillageCode.StartsWith(within, StringComparison.Ordinal)
                        && PovertyIndicators.IsPoorVillage(PovertyIndicators.Incidence(v.PoorPopulation, v.RegisteredPopulation), provinces[v.VillageCode[..2]]) == true)
            .Select(v => v.VillageCode)
            .ToHashSet(StringComparer.Ordinal);
        var length = level.CodeLength();
        var poorVillagesPerUnit = poorVillages
            .GroupBy(v => v.Length > length ? v[..length] : v, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var thresholds = exitThresholdPct is { } pct
            ? new PovertyThresholds { ExitIncidence = pct / 100, WesternExitIncidence = pct / 100 }
            : PovertyThresholds.Default;

        IReadOnlyList<EmpiricalBayesRate>? smoothed = null;
        var populated = rows.Where(r => r.RegisteredPopulation > 0).ToList();
        if (smooth && populated.Count > 1)
        {
            smoothed = EmpiricalBayesSmoothingOp.Smooth(
                populated.Select(r => (double)r.PoorPopulation).ToList(), populated.Select(r => (double)r.RegisteredPopulation).ToList());
        }

        var smoothedByCode = new Dictionary<string, double>(StringComparer.Ordinal);
        for (var i = 0; smoothed is not null && i < populated.Count; i++)
        {
            smoothedByCode[populated[i].Code] = smoothed[i].SmoothedRate;
        }

        var units = rows.Select(r =>
        {
            var incidence = PovertyIndicators.Incidence(r.PoorPopulation, r.RegisteredPopulation);
            var previous = r.PreviousPoorPopulation is { } pp && r.PreviousRegisteredPopulation is { } pr ? PovertyIndicators.Incidence(pp, pr) : default;
            var exit = PovertyIndicators.AssessExit(r.Code, r.PoorPopulation, r.RegisteredPopulation, null, thresholds);
            var monitoring = r.ExitedHouseholdsToDate > 0 ? Percent((double)r.MonitoredHouseholds / r.ExitedHouseholdsToDate) : null;
            return new UnitPoverty(
                r.Code,
                r.Name,
                r.AreaKm2 is { } a ? Math.Round(a, 3) : null,
                r.NaturalVillages,
                r.RegisteredPopulation,
                r.PoorPopulation,
                r.PoorHouseholds,
                Percent(incidence.Value),
                r.AreaKm2 is { } area ? Round(PovertyIndicators.Density(r.PoorPopulation, area), 3) : null,
                smoothedByCode.TryGetValue(r.Code, out var s) ? Percent(s) : null,
                r.PreviousPoorPopulation,
                Percent(previous.Value),
                incidence.Value is { } now && previous.Value is { } before ? Math.Round((now - before) * 100, 4) : null,
                Math.Round(exit.Threshold * 100, 4),
                Camel(exit.Status.ToString()),
                exit.UnmetCriteria,
                poorVillagesPerUnit.GetValueOrDefault(r.Code),
                level == AdminLevel.Village ? poorVillages.Contains(r.Code) : null,
                r.MonitoredHouseholds,
                r.ExitedHouseholdsToDate,
                monitoring);
        }).ToList();
        var provincial = provinces.ToDictionary(p => p.Key, p => Percent(p.Value.Value), StringComparer.Ordinal);
        return new PovertyReport(level.ApiName(), year, provincial, units);
    }

    private async Task<Func<Task<AnalyticsResult>>> PrepareSeriesAsync(AnalyticsArguments arguments, long version, CancellationToken ct)
    {
        var code = arguments.RequiredCode("code");
        if (!await store.UnitExistsAsync(code, ct))
        {
            throw new AnalyticsUnitNotFoundException("code", code);
        }

        return async () =>
        {
            var years = (await store.PovertySeriesAsync(code, ct))
                .Select(y => new PovertyYear(y.Year, y.NaturalVillages, y.RegisteredPopulation, y.PoorPopulation, y.PoorHouseholds,
                    Percent(PovertyIndicators.Incidence(y.PoorPopulation, y.RegisteredPopulation).Value), y.ExitedHouseholds, y.MonitoredHouseholds))
                .ToList();
            return new AnalyticsResult("poverty-series", version, arguments.Used, ["Every year with figures; incidencePct has n = registeredPopulation."], new PovertySeriesReport(code, years));
        };
    }

    // ---- Classification and hot spots ---------------------------------------------------------------------

    private static ClassifyParameters ReadClassifyParameters(AnalyticsArguments arguments)
    {
        var method = arguments.Choice("method", "jenks", "jenks", "quantile", "equal", "headtail", "manual");
        var k = arguments.WholeNumber("k", 5, 1, 20);
        var breaks = arguments.Numbers("breaks");
        var ramp = arguments.Choice("colorRamp", ColorRamps.DefaultSequential, [.. ColorRamps.Names]);
        if (method == "manual" && breaks is null)
        {
            throw new AnalyticsParameterException("breaks", "is missing: method=manual needs the class upper bounds, e.g. breaks=2,5,10.");
        }

        return new ClassifyParameters
        {
            Method = method switch
            {
                "quantile" => ClassificationMethod.Quantile,
                "equal" => ClassificationMethod.EqualInterval,
                "headtail" => ClassificationMethod.HeadTail,
                "manual" => ClassificationMethod.Manual,
                _ => ClassificationMethod.FisherJenks,
            },
            K = k,
            ManualBreaks = breaks,
            ColorRamp = ramp,
        };
    }

    private static Classification Classify(IReadOnlyList<double> values, ClassifyParameters parameters, string valuesParameter)
    {
        try
        {
            return ClassifyOp.Classify(values, parameters);
        }
        catch (ArgumentException e)
        {
            var parameter = e.ParamName switch
            {
                "values" => valuesParameter,
                _ => parameters.Method == ClassificationMethod.Manual ? "breaks" : "k",
            };
            throw new AnalyticsParameterException(parameter, "cannot be used here: " + e.ForPlanner());
        }
    }

    private static ClassifyReport ToReport(Classification c, IReadOnlyList<UnitClass> units, IReadOnlyList<string> withoutValue) =>
        new(Camel(c.Method.ToString()), c.RequestedClassCount, c.Minimum, c.Breaks, c.ClassCounts, c.GoodnessOfVarianceFit, c.ColorRamp, c.Colors, c.Notes, units, withoutValue);

    private async Task<(string Within, AdminLevel Level, int Year, string Indicator)> ReadIndicatorAsync(AnalyticsArguments arguments, CancellationToken ct)
    {
        var indicator = arguments.Choice("indicator", "incidence", Indicators);
        var within = await WithinAsync(arguments, required: false, ct);
        var level = arguments.Level(within, AdminLevel.Township);
        var year = await YearAsync(arguments, within, withPoor: true, ct);
        return (within, level, year, indicator);
    }

    private static double? IndicatorValue(UnitPoverty unit, string indicator) => indicator switch
    {
        "density" => unit.DensityPerKm2,
        "smoothed-incidence" => unit.SmoothedIncidencePct,
        _ => unit.IncidencePct,
    };

    private async Task<Func<Task<AnalyticsResult>>> PrepareClassifyAsync(AnalyticsArguments arguments, long version, CancellationToken ct)
    {
        var (within, level, year, indicator) = await ReadIndicatorAsync(arguments, ct);
        var parameters = ReadClassifyParameters(arguments);
        return async () =>
        {
            var poverty = await PovertyAsync(within, level, year, null, smooth: indicator == "smoothed-incidence", ct);
            var valued = poverty.Units.Where(u => IndicatorValue(u, indicator) is not null).ToList();
            var classification = Classify(valued.Select(u => IndicatorValue(u, indicator)!.Value).ToList(), parameters, "indicator");
            var units = valued.Select(u =>
            {
                var value = IndicatorValue(u, indicator)!.Value;
                var cls = classification.ClassOf(value);
                return new UnitClass(u.Code, u.Name, value, cls, classification.Colors[cls]);
            }).ToList();
            var without = poverty.Units.Where(u => IndicatorValue(u, indicator) is null).Select(u => u.Code).ToList();
            return new AnalyticsResult("classify", version, arguments.Used,
                ["Classes are closed on their upper bound; Fisher–Jenks is the exact optimum (dynamic programming).", "Units without a value (no population or area) are listed, not classified."],
                ToReport(classification, units, without));
        };
    }

    private async Task<Func<Task<AnalyticsResult>>> PrepareHotSpotsAsync(AnalyticsArguments arguments, long version, CancellationToken ct)
    {
        var (within, level, year, indicator) = await ReadIndicatorAsync(arguments, ct);
        var weights = arguments.Choice("weights", "queen", "queen", "rook", "distance", "knn");
        var k = weights == "knn" ? arguments.WholeNumber("k", 4, 1, 50) : (int?)null;
        var band = weights == "distance" ? arguments.OptionalNumber("distanceM", 1, 1e7, "metres") : null;
        var permutations = arguments.WholeNumber("permutations", 999, 0, 99999);
        var seed = arguments.WholeNumber("seed", 12345, int.MinValue, int.MaxValue);
        return async () =>
        {
            var poverty = await PovertyAsync(within, level, year, null, smooth: indicator == "smoothed-incidence", ct);
            var valued = poverty.Units.Where(u => IndicatorValue(u, indicator) is not null).ToList();
            var index = valued.Select((u, i) => (u.Code, i)).ToDictionary(p => p.Code, p => p.i, StringComparer.Ordinal);
            if (valued.Count < 4)
            {
                // Gi* and local Moran's I take 3, global Moran's I 4 (its variance divides by n − 3).
                throw new AnalyticsParameterException("within", $"holds {valued.Count} units with a value at level {level.ApiName()}; hot spots need at least 4.");
            }

            double? usedBand = null;
            SpatialWeights spatialWeights;
            if (weights is "queen" or "rook")
            {
                var pairs = (await store.AdjacencyAsync(level, within, ct))
                    .Where(p => (weights == "queen" || p.SharesEdge) && index.ContainsKey(p.First) && index.ContainsKey(p.Second))
                    .Select(p => (index[p.First], index[p.Second]));
                spatialWeights = SpatialWeights.FromAdjacencyPairs(valued.Count, pairs);
            }
            else
            {
                var points = (await store.UnitPointsAsync(level, within, ct)).Where(p => index.ContainsKey(p.Code)).ToDictionary(p => p.Code, StringComparer.Ordinal);
                var coordinates = valued.Select(u => points.TryGetValue(u.Code, out var p) ? new Coordinate(p.X, p.Y) : throw new AnalyticsParameterException("weights", $"cannot be '{weights}': unit {u.Code} has no boundary to place it by; use queen or rook.")).ToList();
                if (weights == "knn")
                {
                    spatialWeights = SpatialWeights.KNearest(coordinates, Math.Min(k!.Value, coordinates.Count - 1));
                }
                else
                {
                    usedBand = band ?? Math.Ceiling(SpatialWeights.MinimumThresholdDistance(coordinates));
                    spatialWeights = SpatialWeights.DistanceBand(coordinates, usedBand.Value);
                }
            }

            var values = valued.Select(u => IndicatorValue(u, indicator)!.Value).ToList();
            GetisOrdGiStarResult gi;
            LocalMoranResult lisa;
            GlobalMoranResult moran;
            try
            {
                // Three independent computations over immutable inputs, each with its own seeded sampler: run side by
                // side, the result is the same as one after another.
                var binary = spatialWeights.Binary();
                var rowStandardised = spatialWeights.RowStandardised();
                var giTask = Task.Run(() => GetisOrdGiStarOp.Compute(values, binary, new GetisOrdGiStarParameters { Permutations = permutations, Seed = seed }), ct);
                var lisaTask = Task.Run(() => LocalMoranOp.Compute(values, rowStandardised, new LocalMoranParameters { Permutations = permutations, Seed = seed }), ct);
                var moranTask = Task.Run(() => GlobalMoranOp.Compute(values, rowStandardised, new GlobalMoranParameters { Permutations = permutations, Seed = seed }), ct);
                await Task.WhenAll(giTask, lisaTask, moranTask);
                gi = await giTask;
                lisa = await lisaTask;
                moran = await moranTask;
            }
            catch (ArgumentException e) when (e.ParamName == "values")
            {
                throw new AnalyticsParameterException("year", $"gives {indicator} values that cannot be analysed: {e.ForPlanner()} Choose another year or indicator.");
            }
            catch (ArgumentException e) when (e.ParamName == "weights")
            {
                // Weights that link every unit to every other: named by the parameter that made them so.
                throw weights switch
                {
                    "knn" => new AnalyticsParameterException("k", $"is {k} for {valued.Count} units: {e.ForPlanner()} Give k at most {valued.Count - 2}."),
                    "distance" => new AnalyticsParameterException("distanceM", $"is {usedBand:0} m, which reaches every one of the {valued.Count} units: {e.ForPlanner()} Give a shorter distance."),
                    _ => new AnalyticsParameterException("weights", $"'{weights}' links each of the {valued.Count} units to every other: {e.ForPlanner()} Use knn with a small k, or a level with more units."),
                };
            }

            var units = valued.Select((u, i) => new UnitHotSpot(
                u.Code, u.Name, values[i], spatialWeights.NeighbourCount(i),
                Round(gi.Units[i].Z, 6), Round(gi.Units[i].PValue, 6), gi.Units[i].PseudoPValue,
                Camel(gi.Units[i].Category.ToString()),
                Math.Round(lisa.Units[i].I, 6), lisa.Units[i].PseudoPValue, LisaLabel(lisa.Units[i].Cluster))).ToList();
            var report = new HotSpotsReport(
                indicator, weights, usedBand, k,
                new GlobalMoran(moran.I, moran.ExpectedI, moran.ZRandomisation, moran.PValueRandomisation, moran.PseudoPValue, moran.Permutations),
                spatialWeights.UnitsWithoutNeighbours.Select(i => valued[i].Code).ToList(),
                poverty.Units.Where(u => IndicatorValue(u, indicator) is null).Select(u => u.Code).ToList(),
                units);
            return new AnalyticsResult("hotspots", version, arguments.Used,
            [
                "Gi*: the unit itself included, binary weights; z-score with normal p-value and permutation pseudo p-value.",
                "Local and global Moran's I: row-standardised weights, conditional permutations with the seed given.",
                weights switch
                {
                    "queen" => "Weights: queen contiguity (boundaries share at least a point, PostGIS ST_Intersects).",
                    "rook" => "Weights: rook contiguity (boundaries share an edge of positive length).",
                    "knn" => "Weights: k nearest units by a point inside each (Gauss–Krüger metres).",
                    _ => "Weights: distance band between points inside the units (Gauss–Krüger metres); by default the smallest band that gives every unit a neighbour.",
                },
                "Units without neighbours are listed and labelled noNeighbours, never dropped.",
            ], report);
        };
    }

    private static string LisaLabel(LisaCluster cluster) => cluster switch
    {
        LisaCluster.HighHigh => "HH",
        LisaCluster.LowLow => "LL",
        LisaCluster.HighLow => "HL",
        LisaCluster.LowHigh => "LH",
        _ => Camel(cluster.ToString()),
    };

    // ---- Roads and access ---------------------------------------------------------------------------------

    private async Task<Func<Task<AnalyticsResult>>> PrepareRoadCoverageAsync(AnalyticsArguments arguments, long version, CancellationToken ct)
    {
        var within = await WithinAsync(arguments, required: true, ct);
        var level = arguments.Level(within, DefaultLevel(within));
        var minHouseholds = arguments.WholeNumber("minHouseholds", RoadCoverageParameters.DefaultMinHouseholds, 0, 100000);
        var maxDistance = arguments.Number("maxDistanceM", RoadCoverageParameters.DefaultThresholdMetres, 0, 100000, "metres");
        var maxMinutes = arguments.Number("maxMinutes", 60, 0, 1440, "minutes");
        var travel = arguments.Flag("travelTime", true);
        return async () =>
        {
            var notes = new List<string>
            {
                "Connected: a hardened road (existing; asphalt, concrete or paved) lies within maxDistanceM — distance at most the threshold, great-circle.",
                "Unconnected villages are ranked by households (most first), then by distance to the nearest hardened road (farthest first).",
            };
            var villages = new List<VillageRoadAccess>();
            await foreach (var v in store.RoadCoverageAsync(within, minHouseholds, maxDistance, ct))
            {
                villages.Add(v);
            }

            var travelTimes = new Dictionary<string, VillageTravelTime>(StringComparer.Ordinal);
            var travelState = "not requested";
            if (travel && await store.RoutingAvailableAsync(ct))
            {
                await foreach (var t in store.TravelTimesAsync(within, minHouseholds, Math.Max(maxMinutes, 1) * 60 * 4, ct))
                {
                    travelTimes[t.Id] = t;
                }

                var speeds = await store.RoadSpeedsAsync(ct);
                travelState = "network";
                notes.Add("Travel time to the nearest township seat: walk to the nearest road vertex by Tobler's hiking function (v = 6·exp(−3.5·|slope + 0.05|) km/h, slope from the DEM; flat ground where the DEM has no value), then drive the existing roads (pgRouting) at "
                          + string.Join(", ", speeds.Select(s => string.Create(CultureInfo.InvariantCulture, $"{s.Class} {s.HardenedKmh}/{s.UnhardenedKmh}")))
                          + " km/h (hardened/unhardened); searched up to 4 × maxMinutes.");
            }
            else if (travel)
            {
                travelState = "unavailable";
                notes.Add("Travel time not computed: pgRouting is not installed in this database.");
            }

            double? Minutes(string id) => travelTimes.TryGetValue(id, out var t) && t.DriveSeconds is { } d ? Math.Round((t.WalkSeconds + d) / 60, 2) : null;
            bool Beyond(string id) => travelState == "network" && (Minutes(id) is not { } m || m > maxMinutes);

            var length = level.CodeLength();
            var groups = villages
                .GroupBy(v => UnitCode(v.VillageCode, length), StringComparer.Ordinal)
                .OrderBy(g => g.Key, StringComparer.Ordinal)
                .ToList();
            var names = await store.UnitNamesAsync([.. groups.Select(g => g.Key)], ct);
            var units = groups
                .Select(g => new UnitRoadCoverage(
                    g.Key,
                    names.GetValueOrDefault(g.Key),
                    g.Count(),
                    g.Count(v => v.Connected),
                    Percent((double)g.Count(v => v.Connected) / g.Count()),
                    g.Sum(v => (long)v.Households),
                    g.Where(v => v.Connected).Sum(v => (long)v.Households),
                    g.Count(v => Beyond(v.Id)),
                    travelState == "network" ? g.Count(v => Minutes(v.Id) is null) : 0))
                .ToList();
            var unconnected = villages
                .Where(v => !v.Connected)
                .OrderByDescending(v => v.Households).ThenByDescending(v => v.DistanceM ?? double.MaxValue).ThenBy(v => v.Id, StringComparer.Ordinal)
                .Select((v, i) => new UnconnectedVillage(i + 1, v.Id, v.Name, v.VillageCode, v.Households, v.Population, Round(v.DistanceM, 2), v.NearestRoadId, Minutes(v.Id)))
                .ToList();
            var beyond = villages
                .Where(v => Beyond(v.Id))
                .Select(v => (Village: v, Travel: travelTimes.GetValueOrDefault(v.Id)))
                .OrderByDescending(p => Minutes(p.Village.Id) ?? double.MaxValue).ThenBy(p => p.Village.Id, StringComparer.Ordinal)
                .Select(p => new VillageTravel(
                    p.Village.Id, p.Village.Name, p.Village.Households,
                    Math.Round(p.Travel?.WalkM ?? 0, 2), Math.Round((p.Travel?.WalkSeconds ?? 0) / 60, 2), p.Travel?.SlopeFromDem ?? false,
                    p.Travel?.DriveSeconds is { } d ? Math.Round(d / 60, 2) : null, Minutes(p.Village.Id)))
                .ToList();
            var km = (await store.HardenedRoadYearsAsync(within, ct)).Select(y => new RoadKmYear(y.Status, y.YearBuilt, Math.Round(y.Km, 3), y.Roads)).ToList();
            notes.Add("hardenedRoadKm: hardened road cut at township boundaries (exact length per township on the ellipsoid), by status and year built; planned and under-construction roads have no year built.");
            var connected = villages.Count(v => v.Connected);
            var report = new RoadCoverageReport(
                level.ApiName(), villages.Count, connected, villages.Count > 0 ? Percent((double)connected / villages.Count) : null,
                travelState, units, unconnected, beyond, km);
            return new AnalyticsResult("road-coverage", version, arguments.Used, notes, report);
        };
    }

    private async Task<Func<Task<AnalyticsResult>>> PrepareRaiAsync(AnalyticsArguments arguments, long version, CancellationToken ct)
    {
        var within = await WithinAsync(arguments, required: true, ct);
        var level = arguments.Level(within, DefaultLevel(within));
        var distance = arguments.Number("distanceM", 2000, 0, 100000, "metres");
        var definition = arguments.Choice("definition", "buffer", "buffer", "network");
        return async () =>
        {
            if (definition == "network" && !await store.RoutingAvailableAsync(ct))
            {
                throw new AnalyticsParameterException("definition", "cannot be 'network': pgRouting is not installed in this database; use definition=buffer.");
            }

            var length = level.CodeLength();
            var totals = new SortedDictionary<string, (long Population, long Reached, int Villages, int VillagesReached)>(StringComparer.Ordinal);
            await foreach (var v in store.RuralAccessAsync(within, distance, definition == "network", ct))
            {
                var code = UnitCode(v.VillageCode, length);
                var t = totals.GetValueOrDefault(code);
                totals[code] = (t.Population + v.Population, t.Reached + (v.WithinReach ? v.Population : 0), t.Villages + 1, t.VillagesReached + (v.WithinReach ? 1 : 0));
            }

            var names = await store.UnitNamesAsync(totals.Keys, ct);
            var units = totals.Select(t => new UnitAccess(t.Key, names.GetValueOrDefault(t.Key), t.Value.Population, t.Value.Reached, t.Value.Population > 0 ? Percent((double)t.Value.Reached / t.Value.Population) : null, t.Value.Villages, t.Value.VillagesReached)).ToList();
            var population = units.Sum(u => u.Population);
            var reached = units.Sum(u => u.PopulationWithinReach);
            var notes = definition == "buffer"
                ? new List<string> { "Rural Access Index, official SDG 9.1.1 buffer definition: share of the rural population (natural villages, 2018 register) living within distanceM in a straight line (great-circle, at most the threshold) of an all-season road (hardened: asphalt, concrete or paved; existing)." }
                : ["Rural Access Index, NETWORK VARIANT (an extension, not the official SDG 9.1.1 figure): walk to the nearest road vertex plus the distance along existing roads of any surface to an all-season road is at most distanceM."];
            return new AnalyticsResult("rai", version, arguments.Used, notes,
                new RaiReport(definition, level.ApiName(), population, reached, population > 0 ? Percent((double)reached / population) : null, units));
        };
    }

    private async Task<Func<Task<AnalyticsResult>>> PrepareJobAccessAsync(AnalyticsArguments arguments, long version, CancellationToken ct)
    {
        var within = await WithinAsync(arguments, required: true, ct);
        var level = arguments.Level(within, DefaultLevel(within));
        var commuteKm = arguments.Number("commuteKm", TwoStepFloatingCatchmentParameters.DefaultJobCommuteMetres / 1000, 0.1, 200, "kilometres");
        var snapM = arguments.Number("snapM", 2000, 0, 50000, "metres");
        var year = await YearAsync(arguments, within, withPoor: true, ct);
        return async () =>
        {
            var commuteM = commuteKm * 1000;
            var network = await store.RoutingAvailableAsync(ct);
            var points = await store.JobAccessPointsAsync(within, year, commuteM, ct);
            var pairs = await store.JobAccessPairsAsync(within, year, commuteM, snapM, network, ct);
            var bases = points.Where(p => p.Kind == "base").ToList();
            var demand = points.Where(p => p.Kind != "base").ToList();
            var baseIndex = bases.Select((b, i) => (b.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
            var demandIndex = demand.Select((d, i) => (Key: d.Kind + "/" + d.Id, i)).ToDictionary(p => p.Key, p => p.i, StringComparer.Ordinal);
            var usable = pairs.Where(p => baseIndex.ContainsKey(p.BaseId) && demandIndex.ContainsKey(p.Kind + "/" + p.DemandId)).ToList();
            var fca = TwoStepFloatingCatchmentOp.Compute(
                bases.Select(b => b.Amount).ToList(),
                demand.Select(d => d.Amount).ToList(),
                usable.Select(p => new TravelDistance(demandIndex[p.Kind + "/" + p.DemandId], baseIndex[p.BaseId], p.DistanceM)),
                new TwoStepFloatingCatchmentParameters { CatchmentDistance = commuteM });
            var byDemand = usable.ToLookup(p => p.Kind + "/" + p.DemandId, StringComparer.Ordinal);
            var rows = demand.Select((d, i) =>
            {
                var reach = byDemand[d.Kind + "/" + d.Id].ToList();
                var method = !network ? "straight_line" : reach.Count == 0 ? "network" : reach.All(p => p.Method == "network") ? "network" : reach.All(p => p.Method != "network") ? "straight_line" : "mixed";
                var baseIds = reach.Select(p => p.BaseId).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
                return new DemandJobAccess(
                    d.Kind, d.Id, d.Name, d.VillageCode, d.Amount, baseIds.Count, baseIds.Sum(b => bases[baseIndex[b]].Amount),
                    Math.Round(fca.Accessibility[i], 6), method, reach.Count > 0 ? Math.Round(reach.Min(p => p.DistanceM), 1) : null, baseIds);
            }).ToList();
            var length = level.CodeLength();
            var villages = rows.Where(r => r.Kind == "village").ToList();
            var groups = villages
                .GroupBy(v => UnitCode(v.VillageCode, length), StringComparer.Ordinal)
                .OrderBy(g => g.Key, StringComparer.Ordinal)
                .ToList();
            var names = await store.UnitNamesAsync([.. groups.Select(g => g.Key)], ct);
            var units = groups
                .Select(g => new UnitJobAccess(g.Key, names.GetValueOrDefault(g.Key), g.Count(), g.Count(v => v.BasesWithinReach == 0), g.Sum(v => v.Demand), g.Where(v => v.BasesWithinReach == 0).Sum(v => v.Demand)))
                .ToList();
            var notes = new List<string>
            {
                network
                    ? "Distances by road network (existing roads of any surface, pgRouting) with a straight walk of at most snapM at each end; a pair whose end lies farther from the network is measured in a straight line and labelled straight_line."
                    : "STRAIGHT-LINE FALLBACK: pgRouting is not installed, every distance is great-circle.",
                "2SFCA: R_j = jobs_j / Σ demand within commuteKm of base j; score_i = Σ R_j over the bases within commuteKm of i. Demand: planned persons of a site, poor population of a village in the year.",
                "Poor natural villages: poor population above zero in the year (by default the latest year with poor people).",
            };
            return new AnalyticsResult("job-access", version, arguments.Used, notes, new JobAccessReport(
                year, network ? "network" : "straight_line", bases.Count, bases.Sum(b => b.Amount),
                rows.Where(r => r.Kind == "site").ToList(), villages, units,
                units.Where(u => u.PoorVillages > 0 && u.PoorVillagesWithoutBase == u.PoorVillages).Select(u => u.Code).ToList()));
        };
    }

    // ---- Relocation ---------------------------------------------------------------------------------------

    private async Task<Func<Task<AnalyticsResult>>> PrepareRelocationAsync(AnalyticsArguments arguments, long version, CancellationToken ct)
    {
        var within = await WithinAsync(arguments, required: false, ct);
        var level = arguments.Level(within, DefaultLevel(within));
        var asOf = arguments.Date("asOf", DateOnly.FromDateTime(DateTime.UtcNow));
        return async () =>
        {
            var sites = (await store.RelocationSitesAsync(within, asOf, ct)).Select(s => new SiteProgress(
                s.Id, s.Name, s.Kind, s.Status, s.VillageCode, s.TownshipCode,
                s.PlannedHouseholds, s.MovedInHouseholds, s.PlannedPersons, s.MovedInPersons,
                s.PlannedHouseholds > 0 ? Percent((double)s.MovedInHouseholds / s.PlannedHouseholds) : null,
                s.ProgressPct, Round(s.ExpectedProgressPct, 1), s.ExpectedProgressPct is { } e && s.ProgressPct < e,
                s.StartDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), s.PlannedCompletionDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                s.SourceVillages, s.SourceHouseholds, s.SourceVillageIds)).ToList();
            var length = level.CodeLength();
            var groups = sites
                .GroupBy(s => UnitCode(s.VillageCode, length), StringComparer.Ordinal)
                .OrderBy(g => g.Key, StringComparer.Ordinal)
                .ToList();
            var names = await store.UnitNamesAsync([.. groups.Select(g => g.Key).Append(within)], ct);
            var units = groups.Select(g => Roll(g.Key, names.GetValueOrDefault(g.Key), g.ToList())).ToList();
            return new AnalyticsResult("relocation-progress", version, arguments.Used,
            [
                "Behind schedule: not completed or moved in, and construction progress below the share of the planned construction period elapsed on asOf.",
                "Unit progress is weighted by planned households.",
            ], new RelocationReport(level.ApiName(), asOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Roll(within, names.GetValueOrDefault(within), sites), units, sites));
        };
    }

    private static UnitRelocation Roll(string code, string? name, List<SiteProgress> sites)
    {
        var planned = sites.Sum(s => s.PlannedHouseholds);
        return new UnitRelocation(
            code, name, sites.Count, planned, sites.Sum(s => s.MovedInHouseholds), sites.Sum(s => s.PlannedPersons), sites.Sum(s => s.MovedInPersons),
            planned > 0 ? Math.Round(sites.Sum(s => s.ProgressPct * s.PlannedHouseholds) / planned, 1) : null,
            sites.Count(s => s.BehindSchedule), sites.Sum(s => s.SourceVillages));
    }

    /// <summary>The code of the unit a village code rolls up to: its first <paramref name="length"/> digits ("" without a code).</summary>
    private static string UnitCode(string? villageCode, int length) => villageCode is { } c ? c[..Math.Min(length, c.Length)] : string.Empty;

    // Roll-ups default to townships, or to the unit itself when it is a village.
    private static AdminLevel DefaultLevel(string within) => within.Length >= AdminLevel.Village.CodeLength() ? AdminLevel.Village : AdminLevel.Township;

    private static double? Percent(double? share) => share is { } s ? Math.Round(s * 100, 4) : null;

    private static double? Round(double? value, int digits) => value is { } v ? Math.Round(v, digits) : null;

    private static string Camel(string name) => char.ToLowerInvariant(name[0]) + name[1..];
}
