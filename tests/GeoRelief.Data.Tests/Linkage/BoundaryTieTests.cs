using System.Globalization;
using System.Text;
using GeoRelief.Data.Layers;
using GeoRelief.Data.Linkage;
using GeoRelief.Data.Tests.Imports;

namespace GeoRelief.Data.Tests.Linkage;

public sealed class BoundaryTieTests(ImportDatabase db) : IClassFixture<ImportDatabase>
{
    [DatabaseFact]
    public async Task A_point_exactly_on_a_shared_boundary_goes_to_the_smaller_code_every_time()
    {
        // Two hand-made villages sharing the edge x = 121.5 (outside the sample counties); the point lies on it.
        await using (var command = db.DataSource.CreateCommand("""
            INSERT INTO georelief.admin_unit (code, level, parent_code, name, code_year, geom) VALUES
              ('99', 1, NULL, '测试省', 2023, NULL),
              ('9901', 2, '99', '测试市', 2023, NULL),
              ('990101', 3, '9901', '测试县', 2023, ST_Multi(ST_MakeEnvelope(121.4, 30.4, 121.6, 30.6, 4490))),
              ('990101100', 4, '990101', '西镇', 2023, ST_Multi(ST_MakeEnvelope(121.4, 30.4, 121.5, 30.6, 4490))),
              ('990101200', 4, '990101', '东乡', 2023, ST_Multi(ST_MakeEnvelope(121.5, 30.4, 121.6, 30.6, 4490))),
              ('990101100201', 5, '990101100', '西村', 2023, ST_Multi(ST_MakeEnvelope(121.4, 30.4, 121.5, 30.6, 4490))),
              ('990101200201', 5, '990101200', '东村', 2023, ST_Multi(ST_MakeEnvelope(121.5, 30.4, 121.6, 30.6, 4490)))
            """))
        {
            await command.ExecuteNonQueryAsync();
        }

        // Listed east first, so that row order would give the other answer.
        var csv = new StringBuilder("id,name,households,population,lon,lat\n")
            .Append(CultureInfo.InvariantCulture, $"tie-east,东,1,1,121.55,30.5\n")
            .Append(CultureInfo.InvariantCulture, $"tie-edge,边,1,1,121.5,30.5\n");
        var report = await db.ImportAsync(db.WriteFile("tie.csv", Encoding.UTF8.GetBytes(csv.ToString())), LayerCatalog.NaturalVillages);

        ImportAssert.Committed(report);
        Assert.Equal("990101100201", await db.ScalarAsync<string>("SELECT village_code FROM georelief.natural_village WHERE id = 'tie-edge'"));
        Assert.Equal("990101100", await db.ScalarAsync<string>("SELECT township_code FROM georelief.natural_village WHERE id = 'tie-edge'"));

        // The shared linkage gives the same answer when everything is linked again (as the sample loader does).
        await using var connection = await db.DataSource.OpenConnectionAsync();
        await using (var transaction = await connection.BeginTransactionAsync())
        {
            await FeatureLinkage.LinkAllAsync(connection, CancellationToken.None);
            await transaction.CommitAsync();
        }

        Assert.Equal("990101100201", await db.ScalarAsync<string>("SELECT village_code FROM georelief.natural_village WHERE id = 'tie-edge'"));
        Assert.Equal("990101200201", await db.ScalarAsync<string>("SELECT village_code FROM georelief.natural_village WHERE id = 'tie-east'"));
    }

    [DatabaseFact]
    public async Task A_declared_code_that_disagrees_with_the_location_is_reported_and_listed()
    {
        var points = await db.VillagePointsAsync("522628", 40);
        var here = points[0];
        var other = points.First(p => p.Township != here.Township);
        var csv = string.Create(CultureInfo.InvariantCulture, $"id,name,village_code,households,population,lon,lat\nmismatch-1,错码组,{other.Village},5,20,{here.Lon:R},{here.Lat:R}\n");

        var report = await db.ImportAsync(db.WriteFile("mismatch.csv", Encoding.UTF8.GetBytes(csv)), LayerCatalog.NaturalVillages);

        ImportAssert.Committed(report);
        var line = ImportAssert.Problem(report, Core.Imports.ImportProblemCodes.DeclaredCodeMismatch);
        Assert.Equal(other.Village, line.Value);
        Assert.Contains(here.Village, line.Message, StringComparison.Ordinal);
        Assert.Matches(@"\d+ m from the declared unit", line.Message);
        var listed = await new LinkageMismatchStore(db.DataSource).ListAsync(new LinkageMismatchQuery(null, null, 100, 0), CancellationToken.None);
        var mismatch = Assert.Single(listed, m => m.Id == "mismatch-1");
        Assert.Equal((other.Village, here.Village, here.Township), (mismatch.DeclaredVillageCode, mismatch.VillageCode, mismatch.TownshipCode));
        Assert.True(mismatch.DistanceM > 0);
    }

    [Fact]
    public void The_mismatch_listing_covers_exactly_the_layers_that_declare_a_village_code()
    {
        var declaring = LayerCatalog.All.Where(l => l.Field("declared_village_code") is not null).Select(l => l.Name);
        Assert.Equal(declaring.Order(StringComparer.Ordinal), LinkageMismatchStore.Layers.Order(StringComparer.Ordinal));
        var sql = Sql.EmbeddedSql.Read("Linkage/Sql/mismatches.sql");
        Assert.All(LinkageMismatchStore.Layers, l => Assert.Contains($"'{l}'", sql, StringComparison.Ordinal));
    }
}
