using GeoRelief.Data.Migrations;

namespace GeoRelief.Data.Tests.Migrations;

public sealed class MigrationTests
{
    [Theory]
    [InlineData("0001_storage_model.sql", 1)]
    [InlineData("0012_road_pieces.sql", 12)]
    [InlineData("20240101_dated.sql", 20240101)]
    public void The_version_comes_from_the_file_name(string fileName, int version) =>
        Assert.Equal(version, new Migration(fileName, "SELECT 1;").Version);

    [Theory]
    [InlineData("storage_model.sql")]
    [InlineData("001_too_short.sql")]
    [InlineData("0001-dash.sql")]
    [InlineData("0001_upper_Case.sql")]
    [InlineData("0001_not_sql.txt")]
    public void A_file_name_without_a_version_is_refused(string fileName) =>
        Assert.Throws<ArgumentException>(() => new Migration(fileName, "SELECT 1;"));

    [Fact]
    public void Line_endings_do_not_change_the_checksum()
    {
        var lf = new Migration("0001_a.sql", "CREATE TABLE a (id integer);\nCREATE TABLE b (id integer);\n");
        var crlf = new Migration("0001_a.sql", "CREATE TABLE a (id integer);\r\nCREATE TABLE b (id integer);\r\n");

        Assert.Equal(lf.Checksum, crlf.Checksum);
        Assert.Equal(64, lf.Checksum.Length);
    }

    [Fact]
    public void The_shipped_migrations_start_with_the_storage_model_in_version_order()
    {
        var shipped = EmbeddedMigrations.All;

        Assert.Equal("0001_storage_model.sql", shipped[0].FileName);
        Assert.Contains("CREATE TABLE georelief.admin_unit", shipped[0].Sql, StringComparison.Ordinal);
        Assert.Equal(shipped.OrderBy(m => m.Version).Select(m => m.Version), shipped.Select(m => m.Version));
    }

    [Fact]
    public void Two_migrations_with_one_version_are_refused() =>
        Assert.Throws<ArgumentException>(() => new MigrationRunner(
            [new Migration("0001_a.sql", "SELECT 1;"), new Migration("0001_b.sql", "SELECT 2;")],
            Microsoft.Extensions.Logging.Abstractions.NullLogger<MigrationRunner>.Instance));
}
