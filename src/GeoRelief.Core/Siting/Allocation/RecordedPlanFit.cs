namespace GeoRelief.Core.Siting.Allocation;

/// <summary>
/// Whether the plan on record is a feasible whole-village answer to a problem (see <see cref="AllocationRecordedPlanOp"/>).
/// </summary>
/// <param name="Assignment">The plan as a site index per village; null when it does not fit the problem.</param>
/// <param name="Objective">The plan's Σ households × cost in the problem; null when it does not fit.</param>
/// <param name="Improved">The plan after the local search (moves and swaps), never costlier than the plan; null when it does not fit.</param>
/// <param name="Refusal">Why the plan does not fit (naming the village or site), or null.</param>
/// <param name="DemandDiffers">Villages whose demand in the problem differs from the households the plan records for them.</param>
public sealed record RecordedPlanFit(int[]? Assignment, double? Objective, int[]? Improved, string? Refusal, int DemandDiffers);
