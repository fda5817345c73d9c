namespace GeoRelief.Data.Tests;

/// <summary>
/// A test that runs embedded clusters of its own and so needs PostgreSQL's server programs: skipped locally when
/// they are missing, run (and failing with the reason) when <c>CI=true</c>.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ClusterFactAttribute : FactAttribute
{
    /// <summary>Sets <see cref="FactAttribute.Skip"/> when the programs are missing outside CI.</summary>
    public ClusterFactAttribute()
    {
        if (!TestPostgres.IsContinuousIntegration && TestPostgres.ClusterUnavailableReason is { } reason)
        {
            Skip = reason;
        }
    }
}
