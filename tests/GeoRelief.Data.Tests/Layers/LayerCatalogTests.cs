using System.Text.RegularExpressions;
using GeoRelief.Data.Layers;

namespace GeoRelief.Data.Tests.Layers;

/// <summary>The catalogue and the schema say the same: every column exists, every enumeration matches its CHECK.</summary>
public sealed partial class LayerCatalogTests
{
    [DatabaseFact]
    public async Task Every_catalogued_column_exists_in_its_table()
    {
        await using var database = await TestDatabase.CreateAsync(migrate: true);
        foreach (var layer in LayerCatalog.All)
        {
            var columns = new HashSet<string>(StringComparer.Ordinal);
            await using var command = database.DataSource.CreateCommand(
                "SELECT column_name FROM information_schema.columns WHERE table_schema = 'georelief' AND table_name = $1");
            command.Parameters.AddWithValue(layer.Table);
            await using (var reader = await command.ExecuteReaderAsync())
            {
                while (await reader.ReadAsync())
                {
                    columns.Add(reader.GetString(0));
                }
            }

            Assert.All(layer.Fields, f => Assert.Contains(f.Column, columns));
            Assert.All(layer.KeyColumns, k => Assert.Contains(k, columns));
            Assert.Equal(layer.GeometryType is not null, columns.Contains("geom"));
        }
    }

    [DatabaseFact]
    public async Task Allowed_values_are_exactly_those_the_database_checks()
    {
        await using var database = await TestDatabase.CreateAsync(migrate: true);
        foreach (var layer in LayerCatalog.All)
        {
            foreach (var field in layer.Fields.Where(f => f.AllowedValues is not null))
            {
                await using var command = database.DataSource.CreateCommand("""
                    SELECT pg_get_constraintdef(c.oid)
                    FROM pg_constraint c
                    JOIN pg_class t ON t.oid = c.conrelid
                    JOIN pg_namespace n ON n.oid = t.relnamespace
                    JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = ANY (c.conkey)
                    WHERE n.nspname = 'georelief' AND t.relname = $1 AND a.attname = $2 AND c.contype = 'c'
                    """);
                command.Parameters.AddWithValue(layer.Table);
                command.Parameters.AddWithValue(field.Column);
                var definition = (string?)await command.ExecuteScalarAsync();
                Assert.NotNull(definition);
                var checkedValues = ListedValue().Matches(definition).Select(m => m.Groups["v"].Value).Order(StringComparer.Ordinal);
                Assert.Equal(field.AllowedValues!.Order(StringComparer.Ordinal), checkedValues);
            }
        }
    }

    [Fact]
    public void Api_names_are_the_columns_in_camel_case()
    {
        Assert.Equal("poorPopulation", LayerCatalog.VillageYears.Field("poor_population")!.ApiName);
        Assert.Equal("id", LayerCatalog.NaturalVillages.Field("id")!.ApiName);
        Assert.Equal("investmentWanYuan", LayerCatalog.IndustrialBases.Field("investment_wan_yuan")!.ApiName);
    }

    [Fact]
    public void Layer_names_are_unique_and_found_by_name()
    {
        Assert.Equal(LayerCatalog.All.Count, LayerCatalog.All.Select(l => l.Name).Distinct().Count());
        Assert.Same(LayerCatalog.Roads, LayerCatalog.Find("roads"));
        Assert.Null(LayerCatalog.Find("Roads"));
    }

    // 'value'::text or a bare number inside the CHECK's list
    [GeneratedRegex(@"'(?<v>[^']*)'::|(?<![\w.])(?<v>\d{3})(?![\w.])")]
    private static partial Regex ListedValue();
}
