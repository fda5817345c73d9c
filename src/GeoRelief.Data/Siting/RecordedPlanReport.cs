namespace GeoRelief.Data.Siting;

/// <summary>What the relocation plan on record contributed to an allocation.</summary>
/// <param name="Fits">Whether it is a feasible whole-village answer to the problem (then it was one of the MIP starts).</param>
/// <param name="Objective">Its Σ households × cost in the problem (same unit as the outcome's objective); null when it does not fit.</param>
/// <param name="Reason">Why it does not fit, or null.</param>
/// <param name="DemandDiffers">Villages whose demand in the problem differs from the planned households on record.</param>
public sealed record RecordedPlanReport(bool Fits, double? Objective, string? Reason, int DemandDiffers);
