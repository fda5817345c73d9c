using GeoRelief.Data.Tests;

namespace GeoRelief.Server.Tests.Styles;

/// <summary>A database theory that also runs a node tool: skipped locally without node or PostgreSQL, run (and failing) on CI.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class NodeToolsTheoryAttribute : TheoryAttribute
{
    public NodeToolsTheoryAttribute()
    {
        if (!TestPostgres.IsContinuousIntegration && (TestPostgres.UnavailableReason ?? NodeTools.UnavailableReason) is { } reason)
        {
            Skip = reason;
        }
    }
}
