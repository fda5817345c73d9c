namespace GeoRelief.Data.Tests;

public sealed class GeoReliefDatabaseRequirementsTests
{
    private static GeoReliefDatabaseCapabilities Server(
        int versionNumber, string version, string? postGis = "3.3.2", string? raster = "3.3.2", string? routing = "3.4.2") =>
        new(versionNumber, version, postGis, raster, routing);

    [Fact]
    public void PostgreSQL_15_with_PostGIS_3_3_is_enough() =>
        Assert.Empty(GeoReliefDatabaseRequirements.FindProblems(Server(150014, "15.14 (Debian 15.14-0+deb12u1)")));

    [Fact]
    public void Missing_PostGIS_names_the_Debian_package()
    {
        var problem = Assert.Single(GeoReliefDatabaseRequirements.FindProblems(Server(150014, "15.14", postGis: null, raster: null)));

        Assert.Contains("PostGIS is not installed", problem, StringComparison.Ordinal);
        Assert.Contains("postgresql-15-postgis-3", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_PostGIS_on_a_newer_server_names_that_server_s_package() =>
        Assert.Contains(
            "postgresql-16-postgis-3",
            Assert.Single(GeoReliefDatabaseRequirements.FindProblems(Server(160004, "16.4", postGis: null, raster: null))),
            StringComparison.Ordinal);

    [Fact]
    public void An_old_PostGIS_is_refused_with_the_package_to_install()
    {
        var problem = Assert.Single(GeoReliefDatabaseRequirements.FindProblems(Server(150014, "15.14", postGis: "3.2.5")));

        Assert.Contains("PostGIS 3.2.5", problem, StringComparison.Ordinal);
        Assert.Contains("3.3 or newer", problem, StringComparison.Ordinal);
        Assert.Contains("postgresql-15-postgis-3", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void An_old_server_is_refused()
    {
        var problem = Assert.Single(GeoReliefDatabaseRequirements.FindProblems(Server(140009, "14.9 (Ubuntu 14.9-1)")));

        Assert.Contains("PostgreSQL 14.9 is too old", problem, StringComparison.Ordinal);
        Assert.Contains("postgresql-15-postgis-3", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_raster_support_names_the_package() =>
        Assert.Contains(
            "postgis_raster",
            Assert.Single(GeoReliefDatabaseRequirements.FindProblems(Server(150014, "15.14", raster: null))),
            StringComparison.Ordinal);

    [Fact]
    public void EnsureMet_throws_with_the_message()
    {
        var error = Assert.Throws<GeoReliefDatabaseException>(
            () => GeoReliefDatabaseRequirements.EnsureMet(Server(150014, "15.14", postGis: null, raster: null)));

        Assert.Contains("postgresql-15-postgis-3", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_pgRouting_is_reported_with_its_package_but_is_not_a_problem()
    {
        var server = Server(150014, "15.14", routing: null);

        Assert.Empty(GeoReliefDatabaseRequirements.FindProblems(server));
        Assert.Contains("postgresql-15-pgrouting", GeoReliefDatabaseRequirements.DescribeMissingPgRouting(server), StringComparison.Ordinal);
        Assert.Null(GeoReliefDatabaseRequirements.DescribeMissingPgRouting(Server(150014, "15.14")));
    }

    [Theory]
    [InlineData("3.3.2", "3.3.2")]
    [InlineData("3.5.0dev", "3.5.0")]
    [InlineData("3", "3.0")]
    public void Extension_versions_are_read_by_their_leading_numbers(string text, string expected) =>
        Assert.Equal(Version.Parse(expected), GeoReliefDatabaseRequirements.ParseVersion(text));

    [Fact]
    public void A_version_without_numbers_reads_as_none() =>
        Assert.Null(GeoReliefDatabaseRequirements.ParseVersion("unknown"));
}
