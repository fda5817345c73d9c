namespace GeoRelief.Core.Siting.Allocation;

/// <summary>How long <see cref="AllocationLagrangianOp"/> climbs.</summary>
/// <param name="Iterations">At most this many subgradient steps.</param>
/// <param name="Patience">Steps without a better bound before the step factor is halved.</param>
/// <param name="MinimumStepFactor">The climb ends when the step factor (2 at the start) falls below this.</param>
/// <param name="MaximumTableCells">
/// The knapsack tables' size limit (Σ over sites of villages × (capacity + 1)); larger problems get no Lagrangian
/// bound (the DP would cost more than it saves).
/// </param>
public sealed record AllocationLagrangianParameters(
    int Iterations = 1000,
    int Patience = 30,
    double MinimumStepFactor = 1e-4,
    long MaximumTableCells = 20_000_000);
