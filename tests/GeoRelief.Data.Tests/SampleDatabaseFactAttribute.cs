namespace GeoRelief.Data.Tests;

/// <summary>
/// A test that needs PostGIS: skipped locally when GEORELIEF_TEST_DB is not set, but run (and failing in
/// the fixture with a clear message) under CI=true, so a missing database never passes silently on CI.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class SampleDatabaseFactAttribute : FactAttribute
{
    public SampleDatabaseFactAttribute()
    {
        if (!SampleTestDatabase.IsConfigured && !SampleTestDatabase.IsCi)
        {
            Skip = $"Set {SampleTestDatabase.EnvironmentVariable} to a PostgreSQL 15 + PostGIS 3.3 connection string to run the database tests.";
        }
    }
}
