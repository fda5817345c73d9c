using GeoRelief.Data.Tests;

namespace GeoRelief.Server.Tests.Styles;

/// <summary>A database test that also runs a node checker: skipped locally without node or PostgreSQL, run (and failing) on CI.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class NodeToolsFactAttribute : FactAttribute
{
    public NodeToolsFactAttribute()
    {
        if (!TestPostgres.IsContinuousIntegration && (TestPostgres.UnavailableReason ?? NodeTools.UnavailableReason) is { } reason)
        {
            Skip = reason;
        }
    }
}
