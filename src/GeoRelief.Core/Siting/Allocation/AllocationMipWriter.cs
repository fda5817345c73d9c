using System.Globalization;
using System.Text;

namespace GeoRelief.Core.Siting.Allocation;

/// <summary>
/// Writes an <see cref="AllocationProblem"/> as a CPLEX-LP model that COIN-OR CBC (and GLPK) read:
/// binary x_v_s (village v goes to site s, allowed pairs only), binary y_s (site s is open) when p is given.
/// <code>
/// min  Σ h_v·c_vs·x_vs
/// s.t. Σ_s x_vs = 1                 every village goes whole to one site
///      Σ_v h_v·x_vs ≤ C_s·y_s       capacity (y_s = 1 without p)
///      Σ_s y_s ≤ p                  at most p sites
///      x_vs ≤ y_s                   (with p) a tighter LP bound than the capacity row alone
/// </code>
/// </summary>
public static class AllocationMipWriter
{
    /// <summary>The variable name of village v at site s.</summary>
    public static string X(int v, int s) => string.Create(CultureInfo.InvariantCulture, $"x_{v}_{s}");

    /// <summary>The row name of "village v goes to exactly one site".</summary>
    public static string VillageRow(int v) => string.Create(CultureInfo.InvariantCulture, $"village_{v}");

    /// <summary>The variable name of "site s is open".</summary>
    public static string Y(int s) => string.Create(CultureInfo.InvariantCulture, $"y_{s}");

    /// <summary>
    /// The model text; with <paramref name="relax"/> the integrality is dropped (the LP relaxation, for a bound).
    /// Every village must have at least one allowed site (villages without one are unmet demand, not model rows).
    /// </summary>
    public static string Write(AllocationProblem problem, bool relax)
    {
        ArgumentNullException.ThrowIfNull(problem);
        for (var v = 0; v < problem.Villages.Count; v++)
        {
            if (!Enumerable.Range(0, problem.Sites.Count).Any(s => problem.Allowed(v, s)))
            {
                throw new ArgumentException($"Village {problem.Villages[v].Id} has no allowed site; leave it out of the model as unmet demand.", nameof(problem));
            }
        }

        var c = CultureInfo.InvariantCulture;
        var usesP = problem.MaximumSites is not null;
        var text = new StringBuilder();
        text.AppendLine(@"\ GeoRelief relocation allocation: whole natural villages to capacitated sites");
        text.AppendLine("Minimize");
        text.Append(" cost:");
        var terms = 0;
        for (var v = 0; v < problem.Villages.Count; v++)
        {
            for (var s = 0; s < problem.Sites.Count; s++)
            {
                if (problem.Allowed(v, s))
                {
                    Term(text, problem.Villages[v].Households * problem.Cost[v][s], X(v, s), ref terms);
                }
            }
        }

        text.AppendLine();
        text.AppendLine("Subject To");
        for (var v = 0; v < problem.Villages.Count; v++)
        {
            text.Append(' ').Append(VillageRow(v)).Append(':');
            for (var s = 0; s < problem.Sites.Count; s++)
            {
                if (problem.Allowed(v, s))
                {
                    text.Append(" + ").Append(X(v, s));
                }
            }

            text.AppendLine(" = 1");
        }

        for (var s = 0; s < problem.Sites.Count; s++)
        {
            var row = new StringBuilder();
            for (var v = 0; v < problem.Villages.Count; v++)
            {
                if (problem.Allowed(v, s))
                {
                    row.Append(c, $" + {problem.Villages[v].Households} {X(v, s)}");
                }
            }

            if (usesP)
            {
                text.Append(c, $" capacity_{s}:").Append(row).AppendLine(c, $" - {problem.Sites[s].Capacity} {Y(s)} <= 0");
            }
            else if (row.Length > 0)
            {
                text.Append(c, $" capacity_{s}:").Append(row).AppendLine(c, $" <= {problem.Sites[s].Capacity}");
            }
        }

        if (usesP)
        {
            text.Append(" open_sites:");
            for (var s = 0; s < problem.Sites.Count; s++)
            {
                text.Append(" + ").Append(Y(s));
            }

            text.AppendLine(c, $" <= {problem.MaximumSites}");
            for (var v = 0; v < problem.Villages.Count; v++)
            {
                for (var s = 0; s < problem.Sites.Count; s++)
                {
                    if (problem.Allowed(v, s))
                    {
                        text.AppendLine(c, $" link_{v}_{s}: {X(v, s)} - {Y(s)} <= 0");
                    }
                }
            }
        }

        text.AppendLine("Bounds");
        for (var v = 0; v < problem.Villages.Count; v++)
        {
            for (var s = 0; s < problem.Sites.Count; s++)
            {
                if (problem.Allowed(v, s))
                {
                    text.AppendLine(c, $" 0 <= {X(v, s)} <= 1");
                }
            }
        }

        if (usesP)
        {
            for (var s = 0; s < problem.Sites.Count; s++)
            {
                text.AppendLine(c, $" 0 <= {Y(s)} <= 1");
            }
        }

        if (!relax)
        {
            text.AppendLine("Binaries");
            for (var v = 0; v < problem.Villages.Count; v++)
            {
                for (var s = 0; s < problem.Sites.Count; s++)
                {
                    if (problem.Allowed(v, s))
                    {
                        text.Append(' ').AppendLine(X(v, s));
                    }
                }
            }

            if (usesP)
            {
                for (var s = 0; s < problem.Sites.Count; s++)
                {
                    text.Append(' ').AppendLine(Y(s));
                }
            }
        }

        text.AppendLine("End");
        return text.ToString();
    }

    /// <summary>
    /// A MIP start in the format CBC reads with <c>-mipstart</c> (that of its own solution files: a header line, then
    /// "index name value"): x_v_s = 1 for the given site of every village, y_s = 1 for the sites used (with p).
    /// </summary>
    public static string WriteStart(AllocationProblem problem, IReadOnlyList<int> assignment)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(assignment);
        if (assignment.Count != problem.Villages.Count || !problem.IsFeasible(assignment))
        {
            throw new ArgumentException("A MIP start must be a feasible assignment of every village.", nameof(assignment));
        }

        var c = CultureInfo.InvariantCulture;
        var text = new StringBuilder();
        text.AppendLine(c, $"Feasible - objective value {problem.Objective(assignment).ToString("R", c)}");
        var index = 0;
        for (var v = 0; v < assignment.Count; v++)
        {
            text.AppendLine(c, $"{index++} {X(v, assignment[v])} 1");
        }

        if (problem.MaximumSites is not null)
        {
            foreach (var s in assignment.Distinct().Order())
            {
                text.AppendLine(c, $"{index++} {Y(s)} 1");
            }
        }

        return text.ToString();
    }

    private static void Term(StringBuilder text, double coefficient, string variable, ref int terms)
    {
        // LP format wants plain decimals; "R" keeps the exact double so the solver's objective matches ours.
        text.Append(" + ").Append(coefficient.ToString("R", CultureInfo.InvariantCulture)).Append(' ').Append(variable);
        terms++;
        if (terms % 8 == 0)
        {
            text.AppendLine().Append(' ');
        }
    }
}
