using GeoRelief.Core.Siting.Allocation;

namespace GeoRelief.Data.Siting;

/// <summary>The answer to an allocation problem.</summary>
/// <param name="Status">optimal (proven by CBC), feasible (CBC stopped at its time limit), heuristic, infeasible (proven), or unsolved (no answer found, none proven impossible).</param>
/// <param name="Method">How it was solved, e.g. "cbc (exact MIP)" or "greedy + local search".</param>
/// <param name="Objective">Σ households × cost per household (cost unit: <paramref name="CostUnit"/>); null when infeasible.</param>
/// <param name="LowerBound">A proven lower bound on the objective (CBC's optimum, or the LP relaxation's value).</param>
/// <param name="Gap">(objective − bound) / objective; 0 when proven optimal; null when infeasible.</param>
/// <param name="CostUnit">"minutes" (network travel time) or the fallback's unit.</param>
/// <param name="Assignments">Each natural village and the site it goes to.</param>
/// <param name="Unmet">Villages that reach no site, with their households (unmet demand).</param>
/// <param name="Utilisation">Every site's load.</param>
/// <param name="PairsByCostMethod">How many village–site costs came from the road network and how many from the straight-line fallback.</param>
/// <param name="Message">For an infeasible or unsolved problem, why (e.g. "total capacity is short by N households").</param>
/// <param name="RecordedPlan">The relocation plan on record checked against the problem (a MIP start when it fits); null when not examined.</param>
public sealed record AllocationOutcome(
    string Status,
    string Method,
    double? Objective,
    double? LowerBound,
    double? Gap,
    string CostUnit,
    IReadOnlyList<AllocationAssignment> Assignments,
    IReadOnlyList<AllocationVillage> Unmet,
    IReadOnlyList<SiteUtilisation> Utilisation,
    IReadOnlyDictionary<string, int> PairsByCostMethod,
    string? Message,
    RecordedPlanReport? RecordedPlan = null);
