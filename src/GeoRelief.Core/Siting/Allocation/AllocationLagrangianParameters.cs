namespace GeoRelief.Core.Siting.Allocation;

/// <summary>How long <see cref="AllocationLagrangianOp"/> climbs.</summary>
/// <param name="Iterations">At most this many subgradient steps.</param>
/// <param name="Patience">Steps without a better bound before the step factor is halved.</param>
/// <param name="MinimumStepFactor">The climb ends when the step factor (2 at the start) falls below this.</param>
/// <param name="MaximumTableCells">
/// The knapsack tables' size limit (villages × Σ over sites of (capacity + 1)); larger problems get no Lagrangian
/// bound. A step costs about one pass over the tables, so this also caps the climb's time (the 200 × 20 benchmark
/// has 2 M cells: 1,000 steps in 1.3–4.6 s on 2 loaded cores).
/// </param>
public sealed record AllocationLagrangianParameters(
    int Iterations = 1000,
    int Patience = 30,
    double MinimumStepFactor = 1e-4,
    long MaximumTableCells = 5_000_000);
