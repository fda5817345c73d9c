namespace GeoRelief.Core.Siting.Allocation;

/// <summary>How CBC ended, from the first line of its solution file.</summary>
public enum CbcStatus
{
    /// <summary>Proven optimal.</summary>
    Optimal,

    /// <summary>Proven infeasible.</summary>
    Infeasible,

    /// <summary>Stopped by a limit (time, nodes, gap); the solution is the best found, if any.</summary>
    Stopped,

    /// <summary>Unbounded (cannot happen for an allocation model; reported as an error).</summary>
    Unbounded,

    /// <summary>Anything else CBC printed.</summary>
    Unknown,
}
