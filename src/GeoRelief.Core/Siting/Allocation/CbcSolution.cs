namespace GeoRelief.Core.Siting.Allocation;

/// <summary>
/// A CBC solution file: status, objective, the values of variables (and, with <c>-printingOptions all</c>, the
/// activities of rows), and the fourth column of each line: a variable's reduced cost or a row's dual value. Names not
/// listed are 0. <paramref name="LowerBound"/> is the bound CBC proved for a search it stopped (its log's "Lower bound"),
/// null when it printed none.
/// </summary>
public sealed record CbcSolution(
    CbcStatus Status,
    string StatusText,
    double? Objective,
    IReadOnlyDictionary<string, double> Values,
    IReadOnlyDictionary<string, double> Marginals,
    double? LowerBound = null)
{
    /// <summary>The value of a variable (0 when CBC did not list it).</summary>
    public double Value(string name) => Values.TryGetValue(name, out var v) ? v : 0;

    /// <summary>The dual value of a row, or the reduced cost of a variable (0 when CBC did not list it).</summary>
    public double Marginal(string name) => Marginals.TryGetValue(name, out var m) ? m : 0;

    /// <summary>
    /// The dual values of the village rows of an allocation model (<see cref="AllocationMipWriter.VillageRow"/>), one per
    /// village: the start of <see cref="AllocationLagrangianOp"/>.
    /// </summary>
    public double[] VillageDuals(int villages) => Enumerable.Range(0, villages).Select(v => Marginal(AllocationMipWriter.VillageRow(v))).ToArray();
}
