// The shared test server is stopped when the run ends, not left to the process-exit handler that a test host
// may cut short.
[assembly: TestFramework("GeoRelief.Data.Tests.TestPostgresFramework", "GeoRelief.Data.Tests")]
