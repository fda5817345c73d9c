namespace GeoRelief.Core.Siting.Allocation;

/// <summary>A CBC solution file: status, objective and variable values (variables not listed are 0).</summary>
public sealed record CbcSolution(CbcStatus Status, string StatusText, double? Objective, IReadOnlyDictionary<string, double> Values)
{
    /// <summary>The value of a variable (0 when CBC did not list it).</summary>
    public double Value(string name) => Values.TryGetValue(name, out var v) ? v : 0;
}
