using System.Globalization;

namespace GeoRelief.Core.Analytics.Access;

/// <summary>
/// Two-step floating catchment (Luo and Wang 2003): Rⱼ = Sⱼ / Σ_{k: dₖⱼ ≤ d0} Pₖ, then Aᵢ = Σ_{j: dᵢⱼ ≤ d0} Rⱼ.
/// Used for jobs at industrial bases reached from relocation sites and poor villages.
/// </summary>
public static class TwoStepFloatingCatchmentOp
{
    /// <summary>2SFCA from a sparse list of distances; a pair listed more than once keeps its shortest distance.</summary>
    /// <param name="supply">Sⱼ, e.g. jobs per industrial base; zero or more.</param>
    /// <param name="demand">Pₖ, e.g. working-age poor per village; zero or more.</param>
    /// <param name="distances">Distances of the reachable pairs.</param>
    /// <param name="parameters">The catchment d0.</param>
    /// <exception cref="ArgumentException">A count or distance is negative or not finite, or an index is out of range.</exception>
    public static TwoStepFloatingCatchmentResult Compute(
        IReadOnlyList<double> supply, IReadOnlyList<double> demand, IEnumerable<TravelDistance> distances, TwoStepFloatingCatchmentParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(distances);
        ArgumentNullException.ThrowIfNull(parameters);
        CheckAmounts(supply, nameof(supply));
        CheckAmounts(demand, nameof(demand));
        var d0 = parameters.CatchmentDistance;
        if (!double.IsFinite(d0) || d0 < 0)
        {
            throw new ArgumentException(Format($"The catchment distance is {d0}; it must be a finite distance of zero or more."), nameof(parameters));
        }

        var shortest = new Dictionary<(int Demand, int Supply), double>();
        foreach (var (i, j, d) in distances)
        {
            if ((uint)i >= (uint)demand.Count || (uint)j >= (uint)supply.Count)
            {
                throw new ArgumentException(
                    Format($"Distance pair (demand {i}, supply {j}) is outside the {demand.Count} demand and {supply.Count} supply locations."), nameof(distances));
            }

            if (double.IsNaN(d) || d < 0)
            {
                throw new ArgumentException(Format($"The distance from demand {i} to supply {j} is {d}; distances must be zero or more."), nameof(distances));
            }

            if (d <= d0 && (!shortest.TryGetValue((i, j), out var known) || d < known))
            {
                shortest[(i, j)] = d;
            }
        }

        var catchmentDemand = new double[supply.Count];
        foreach (var (i, j) in shortest.Keys)
        {
            catchmentDemand[j] += demand[i];
        }

        var ratios = new double?[supply.Count];
        for (var j = 0; j < supply.Count; j++)
        {
            ratios[j] = catchmentDemand[j] > 0 ? supply[j] / catchmentDemand[j] : null;
        }

        var accessibility = new double[demand.Count];
        var reachable = new int[demand.Count];
        foreach (var (i, j) in shortest.Keys)
        {
            reachable[i]++;
            accessibility[i] += ratios[j] ?? 0;
        }

        return new TwoStepFloatingCatchmentResult
        {
            SupplyRatios = ratios,
            CatchmentDemand = catchmentDemand,
            Accessibility = accessibility,
            ReachableSupplyCounts = reachable,
            DemandWithoutAccess = [.. Enumerable.Range(0, demand.Count).Where(i => reachable[i] == 0)],
            CatchmentDistance = d0,
        };
    }

    /// <summary>2SFCA from a full matrix distances[demand, supply]; +∞ marks an unreachable pair.</summary>
    public static TwoStepFloatingCatchmentResult Compute(
        IReadOnlyList<double> supply, IReadOnlyList<double> demand, double[,] distances, TwoStepFloatingCatchmentParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(distances);
        ArgumentNullException.ThrowIfNull(demand);
        ArgumentNullException.ThrowIfNull(supply);
        if (distances.GetLength(0) != demand.Count || distances.GetLength(1) != supply.Count)
        {
            throw new ArgumentException(
                Format($"The distance matrix is {distances.GetLength(0)} × {distances.GetLength(1)}; it must be demand × supply, {demand.Count} × {supply.Count}."),
                nameof(distances));
        }

        return Compute(supply, demand, Pairs(distances), parameters);
    }

    private static IEnumerable<TravelDistance> Pairs(double[,] distances)
    {
        for (var i = 0; i < distances.GetLength(0); i++)
        {
            for (var j = 0; j < distances.GetLength(1); j++)
            {
                yield return new TravelDistance(i, j, distances[i, j]);
            }
        }
    }

    private static void CheckAmounts(IReadOnlyList<double> amounts, string paramName)
    {
        ArgumentNullException.ThrowIfNull(amounts, paramName);
        for (var i = 0; i < amounts.Count; i++)
        {
            if (!double.IsFinite(amounts[i]) || amounts[i] < 0)
            {
                throw new ArgumentException(Format($"Entry {i} is {amounts[i]}; amounts must be finite and zero or more."), paramName);
            }
        }
    }

    private static string Format(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
