namespace GeoRelief.Core.Siting.Allocation;

/// <summary>
/// Whole natural villages to capacitated sites, minimising Σ households × cost (a generalised assignment problem;
/// with <see cref="MaximumSites"/> a capacitated p-median: at most p of the sites are opened).
/// </summary>
/// <param name="Villages">The source villages.</param>
/// <param name="Sites">The sites.</param>
/// <param name="Cost">Cost[v][s] per household (e.g. minutes of travel); NaN or +∞ where village v cannot go to site s.</param>
/// <param name="MaximumSites">At most this many sites may be used; null: all may.</param>
public sealed record AllocationProblem(
    IReadOnlyList<AllocationVillage> Villages,
    IReadOnlyList<AllocationSite> Sites,
    IReadOnlyList<IReadOnlyList<double>> Cost,
    int? MaximumSites)
{
    /// <summary>Whether village v may go to site s.</summary>
    public bool Allowed(int v, int s) => double.IsFinite(Cost[v][s]);

    /// <summary>Σ households.</summary>
    public long TotalDemand => Villages.Sum(v => (long)v.Households);

    /// <summary>Σ capacity.</summary>
    public long TotalCapacity => Sites.Sum(s => (long)s.Capacity);

    /// <summary>The number of village–site pairs allowed (binary variables of the model).</summary>
    public int AllowedPairs
    {
        get
        {
            var n = 0;
            for (var v = 0; v < Villages.Count; v++)
            {
                for (var s = 0; s < Sites.Count; s++)
                {
                    n += Allowed(v, s) ? 1 : 0;
                }
            }

            return n;
        }
    }

    /// <summary>What is malformed (naming the field), or null.</summary>
    public string? Validate()
    {
        if (Villages.Count == 0)
        {
            return "villages: there is no source village to allocate.";
        }

        if (Sites.Count == 0)
        {
            return "sites: there is no site to allocate to.";
        }

        if (Villages.Any(v => v.Households < 0) || Sites.Any(s => s.Capacity < 0))
        {
            return "households and capacity must be 0 or more.";
        }

        if (Villages.Select(v => v.Id).Distinct(StringComparer.Ordinal).Count() != Villages.Count
            || Sites.Select(s => s.Id).Distinct(StringComparer.Ordinal).Count() != Sites.Count)
        {
            return "village and site ids must be distinct.";
        }

        if (Cost.Count != Villages.Count || Cost.Any(row => row.Count != Sites.Count) || Cost.Any(row => row.Any(c => c < 0)))
        {
            return "cost must have one row per village and one non-negative cost per site.";
        }

        return MaximumSites is < 1 ? "maxSites must be at least 1." : null;
    }

    /// <summary>
    /// Why no assignment can exist, counted in households (e.g. "total capacity is short by 120 households"), or null
    /// when the simple necessary conditions hold (the solver may still prove the packing impossible).
    /// </summary>
    public string? Shortfall()
    {
        var demand = TotalDemand;
        var capacity = MaximumSites is { } p && p < Sites.Count
            ? Sites.Select(s => (long)s.Capacity).OrderDescending().Take(p).Sum()
            : TotalCapacity;
        if (capacity < demand)
        {
            var which = MaximumSites is { } q && q < Sites.Count ? $"the {q} largest sites hold" : "the sites hold";
            return $"Total capacity is short by {demand - capacity} households: {which} {capacity} households, the villages need {demand}.";
        }

        for (var v = 0; v < Villages.Count; v++)
        {
            var fits = false;
            for (var s = 0; s < Sites.Count && !fits; s++)
            {
                fits = Allowed(v, s) && Sites[s].Capacity >= Villages[v].Households;
            }

            if (!fits)
            {
                return $"Natural village {Villages[v].Id} ({Villages[v].Households} households) fits whole in no site it can reach; it is short by "
                       + $"{Villages[v].Households - Enumerable.Range(0, Sites.Count).Where(s => Allowed(v, s)).Select(s => Sites[s].Capacity).DefaultIfEmpty(0).Max()} households.";
            }
        }

        return null;
    }

    /// <summary>Σ households × cost of an assignment (site index per village).</summary>
    public double Objective(IReadOnlyList<int> assignment)
    {
        ArgumentNullException.ThrowIfNull(assignment);
        var total = 0.0;
        for (var v = 0; v < Villages.Count; v++)
        {
            total += Villages[v].Households * Cost[v][assignment[v]];
        }

        return total;
    }

    /// <summary>Whether an assignment keeps every capacity, every pair allowed and at most p sites used.</summary>
    public bool IsFeasible(IReadOnlyList<int> assignment)
    {
        ArgumentNullException.ThrowIfNull(assignment);
        var load = new long[Sites.Count];
        for (var v = 0; v < Villages.Count; v++)
        {
            if (assignment[v] < 0 || !Allowed(v, assignment[v]))
            {
                return false;
            }

            load[assignment[v]] += Villages[v].Households;
        }

        for (var s = 0; s < Sites.Count; s++)
        {
            if (load[s] > Sites[s].Capacity)
            {
                return false;
            }
        }

        return MaximumSites is not { } p || assignment.Distinct().Count() <= p;
    }
}
