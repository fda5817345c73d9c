namespace GeoRelief.Data.Tests;

/// <summary>
/// A theory that needs the test PostgreSQL server (<see cref="TestPostgres"/>): skipped locally when none is
/// available, run (and failing with the reason) when <c>CI=true</c>.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class DatabaseTheoryAttribute : TheoryAttribute
{
    /// <summary>Sets <see cref="FactAttribute.Skip"/> when no server is available outside CI.</summary>
    public DatabaseTheoryAttribute()
    {
        if (!TestPostgres.IsContinuousIntegration && TestPostgres.UnavailableReason is { } reason)
        {
            Skip = reason;
        }
    }
}
