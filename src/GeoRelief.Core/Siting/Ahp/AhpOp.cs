namespace GeoRelief.Core.Siting.Ahp;

/// <summary>
/// Saaty's analytic hierarchy process: weights as the principal eigenvector of a positive reciprocal matrix
/// (power iteration, which converges for every positive matrix by Perron–Frobenius), λmax, CI, CR.
/// </summary>
public static class AhpOp
{
    private const int MaximumIterations = 10_000;
    private const double Convergence = 1e-14;
    private const int ReportedJudgements = 3;

    /// <summary>Computes the weights and consistency; throws <see cref="ArgumentException"/> when the matrix is malformed (see <see cref="Validate"/>).</summary>
    public static AhpResult Compute(AhpParameters parameters)
    {
        if (Validate(parameters) is { } problem)
        {
            throw new ArgumentException(problem, nameof(parameters));
        }

        var n = parameters.Criteria.Count;
        var a = parameters.Matrix;
        var w = new double[n];
        Array.Fill(w, 1.0 / n);
        var next = new double[n];
        for (var iteration = 0; iteration < MaximumIterations; iteration++)
        {
            var sum = 0.0;
            for (var i = 0; i < n; i++)
            {
                var s = 0.0;
                for (var j = 0; j < n; j++)
                {
                    s += a[i][j] * w[j];
                }

                next[i] = s;
                sum += s;
            }

            var change = 0.0;
            for (var i = 0; i < n; i++)
            {
                next[i] /= sum;
                change = Math.Max(change, Math.Abs(next[i] - w[i]));
            }

            (w, next) = (next, w);
            if (change < Convergence)
            {
                break;
            }
        }

        // λmax as the mean of (A·w)_i / w_i: exact for the eigenvector, and the textbook formula otherwise.
        var lambda = 0.0;
        for (var i = 0; i < n; i++)
        {
            var s = 0.0;
            for (var j = 0; j < n; j++)
            {
                s += a[i][j] * w[j];
            }

            lambda += s / w[i];
        }

        lambda /= n;
        var ci = n <= 2 ? 0 : Math.Max(0, (lambda - n) / (n - 1));
        var ri = AhpRandomIndex.For(n);
        var cr = n <= 2 ? 0 : ci / ri;

        var judgements = new List<AhpJudgement>();
        for (var i = 0; i < n; i++)
        {
            for (var j = i + 1; j < n; j++)
            {
                var implied = w[i] / w[j];
                judgements.Add(new AhpJudgement(parameters.Criteria[i], parameters.Criteria[j], a[i][j], implied, Math.Abs(Math.Log(a[i][j] / implied))));
            }
        }

        var worst = judgements.Where(j => j.Deviation > 1e-9).OrderByDescending(j => j.Deviation).Take(ReportedJudgements).ToArray();
        return new AhpResult(parameters.Criteria.ToArray(), w, lambda, ci, ri, cr, parameters.ConsistencyLimit, worst);
    }

    /// <summary>What is wrong with the matrix, in words a planner can act on; null when it is a valid comparison matrix.</summary>
    public static string? Validate(AhpParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var n = parameters.Criteria.Count;
        if (n is < 1 or > AhpParameters.MaximumCriteria)
        {
            return $"needs 1 to {AhpParameters.MaximumCriteria} criteria (the random index is published up to 10); it has {n}.";
        }

        if (parameters.Criteria.Distinct(StringComparer.Ordinal).Count() != n || parameters.Criteria.Any(string.IsNullOrWhiteSpace))
        {
            return "needs distinct, non-empty criterion names.";
        }

        if (parameters.Matrix.Count != n || parameters.Matrix.Any(row => row.Count != n))
        {
            return $"must be a {n} × {n} matrix, one row and one column per criterion in the order given.";
        }

        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                var v = parameters.Matrix[i][j];
                if (!double.IsFinite(v) || v <= 0)
                {
                    return FormattableString.Invariant($"row {i + 1}, column {j + 1} is {v}; every judgement must be a positive number (Saaty's scale 1/9 … 9).");
                }
            }

            if (Math.Abs(parameters.Matrix[i][i] - 1) > parameters.ReciprocalTolerance)
            {
                return $"the diagonal must be 1 (row {i + 1} compares '{parameters.Criteria[i]}' with itself).";
            }

            for (var j = i + 1; j < n; j++)
            {
                var product = parameters.Matrix[i][j] * parameters.Matrix[j][i];
                if (Math.Abs(product - 1) > parameters.ReciprocalTolerance)
                {
                    return FormattableString.Invariant(
                        $"is not reciprocal: '{parameters.Criteria[i]}' vs '{parameters.Criteria[j]}' is {parameters.Matrix[i][j]} but the reverse judgement is {parameters.Matrix[j][i]}, not its reciprocal {1 / parameters.Matrix[i][j]:0.####}.");
                }
            }
        }

        return null;
    }
}
