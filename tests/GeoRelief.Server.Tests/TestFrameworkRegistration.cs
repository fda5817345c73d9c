[assembly: Xunit.TestFramework("GeoRelief.Data.Tests.TestPostgresFramework", "GeoRelief.Data.Tests")]
