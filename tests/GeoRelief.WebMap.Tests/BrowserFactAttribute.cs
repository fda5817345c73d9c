using GeoRelief.Data.Tests;

namespace GeoRelief.WebMap.Tests;

/// <summary>
/// A test that needs PostgreSQL and Debian's chromium: skipped on a developer machine without them, run (and failing
/// when they are missing) on CI.
/// </summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (TestPostgres.IsContinuousIntegration)
        {
            return;
        }

        if (TestPostgres.UnavailableReason is { } reason)
        {
            Skip = reason;
        }
        else if (!File.Exists(WebMapFixture.ChromiumPath))
        {
            Skip = $"{WebMapFixture.ChromiumPath} is missing: install Debian's chromium (scripts/setup.sh --for-tests does).";
        }
    }
}
