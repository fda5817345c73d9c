// The shared test PostgreSQL server is stopped when the run ends, not left to the process-exit handler that a test
// host may cut short.
[assembly: Xunit.TestFramework("GeoRelief.Data.Tests.TestPostgresFramework", "GeoRelief.Data.Tests")]
