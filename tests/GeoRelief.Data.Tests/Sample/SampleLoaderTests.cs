using GeoRelief.Data.Sample;

namespace GeoRelief.Data.Tests.Sample;

/// <summary>The sample loaded once into a fresh database; each test checks one invariant in SQL.</summary>
[Trait("Category", "Database")]
public sealed class SampleLoaderTests(SampleLoaderTests.LoadedDatabase database) : IClassFixture<SampleLoaderTests.LoadedDatabase>
{
    [DatabaseFact]
    public async Task Load_stores_every_row_of_the_dataset()
    {
        var d = SampleTestData.Dataset;
        Assert.Equal(d.AdminUnits.Count, await database.Db.CountAsync("admin_unit"));
        Assert.Equal(d.NaturalVillages.Count, await database.Db.CountAsync("natural_village"));
        Assert.Equal(d.VillageYears.Count, await database.Db.CountAsync("village_year"));
        Assert.Equal(d.Roads.Count, await database.Db.CountAsync("road"));
        Assert.Equal(d.Facilities.Count, await database.Db.CountAsync("facility"));
        Assert.Equal(d.RelocationSites.Count, await database.Db.CountAsync("relocation_site"));
        Assert.Equal(d.RelocationSources.Count, await database.Db.CountAsync("relocation_source"));
        Assert.Equal(d.IndustrialBases.Count, await database.Db.CountAsync("industrial_base"));
        Assert.Equal(d.ConstraintZones.Count, await database.Db.CountAsync("constraint_zone"));
        Assert.Equal(0, database.Result.UnlinkedPoints);
    }

    [DatabaseFact]
    public async Task Linkage_gives_every_natural_village_the_village_it_was_placed_in()
    {
        Assert.Equal(0L, await ScalarAsync("""
            SELECT count(*) FROM georelief.natural_village
             WHERE village_code IS NULL OR village_code <> declared_village_code OR township_code <> left(village_code, 9)
            """));
    }

    [DatabaseFact]
    public async Task Linkage_puts_sites_bases_and_facilities_in_the_township_they_were_made_for()
    {
        var expected = SampleTestData.Dataset.Facilities.Select(f => (f.Id, f.TownshipCode))
            .Concat(SampleTestData.Dataset.RelocationSites.Select(s => (s.Id, s.TownshipCode)))
            .Concat(SampleTestData.Dataset.IndustrialBases.Select(b => (b.Id, b.TownshipCode)))
            .ToDictionary(p => p.Id, p => p.TownshipCode, StringComparer.Ordinal);
        await using var command = database.Db.DataSource.CreateCommand("""
            SELECT id, township_code FROM georelief.facility
            UNION ALL SELECT id, township_code FROM georelief.relocation_site
            UNION ALL SELECT id, township_code FROM georelief.industrial_base
            """);
        await using var reader = await command.ExecuteReaderAsync();
        var located = 0;
        while (await reader.ReadAsync())
        {
            Assert.Equal(expected[reader.GetString(0)], reader.GetString(1));
            located++;
        }

        Assert.Equal(expected.Count, located);
    }

    [DatabaseFact]
    public async Task Road_pieces_add_up_to_each_road_within_a_tenth_of_a_percent()
    {
        Assert.Equal(0L, await ScalarAsync("""
            SELECT count(*) FROM georelief.road AS r
              LEFT JOIN (SELECT road_id, sum(length_m) AS m FROM georelief.road_piece GROUP BY road_id) AS p ON p.road_id = r.id
             WHERE p.m IS NULL OR abs(p.m - ST_Length(r.geom::geography)) > 0.001 * ST_Length(r.geom::geography)
            """));
    }

    [DatabaseFact]
    public async Task Townships_tile_each_county_within_one_square_metre()
    {
        Assert.Equal(0L, await ScalarAsync("""
            SELECT count(*) FROM georelief.admin_unit AS c
             WHERE c.level = 3 AND c.geom IS NOT NULL
               AND ST_Area(ST_SymDifference(
                     (SELECT ST_Union(t.geom) FROM georelief.admin_unit AS t WHERE t.parent_code = c.code), c.geom)::geography) >= 1
            """));
    }

    [DatabaseFact]
    public async Task Every_village_lies_in_exactly_one_township_its_parent()
    {
        // Overlaps thinner than a square metre are floating-point noise along shared boundaries.
        Assert.Equal(0L, await ScalarAsync("""
            SELECT count(*) FROM georelief.admin_unit AS v
             WHERE v.level = 5
               AND (SELECT array_agg(t.code) FROM georelief.admin_unit AS t
                     WHERE t.level = 4 AND ST_Intersects(t.geom, v.geom)
                       AND ST_Area(ST_Intersection(t.geom, v.geom)::geography) >= 1) IS DISTINCT FROM ARRAY[v.parent_code]
            """));
    }

    [DatabaseFact]
    public async Task Elevation_raster_is_stored_in_4490_and_covers_the_natural_villages()
    {
        Assert.Equal(database.Result.DemTiles, await database.Db.CountAsync("dem"));
        Assert.Equal(4490L, await ScalarAsync("SELECT min(ST_SRID(rast)) FROM georelief.dem"));
        Assert.Equal(4490L, await ScalarAsync("SELECT max(ST_SRID(rast)) FROM georelief.dem"));
        Assert.Equal(0L, await ScalarAsync("""
            SELECT count(*) FROM georelief.natural_village AS v
             WHERE NOT EXISTS (SELECT 1 FROM georelief.dem AS d
                                WHERE ST_Intersects(d.rast, v.geom) AND ST_Value(d.rast, v.geom) BETWEEN 100 AND 1400)
            """));
    }

    [DatabaseFact]
    public async Task Raster_cells_hold_the_grid_values_north_up()
    {
        // Sample cell centres across each grid and read them back: a flipped or shifted tile would not match.
        foreach (var grid in SampleTestData.Dataset.ElevationGrids)
        {
            for (var k = 1; k < 10; k++)
            {
                var (column, row) = (grid.Width * k / 10, grid.Height * (10 - k) / 10);
                await using var command = database.Db.DataSource.CreateCommand("""
                    SELECT ST_Value(d.rast, ST_SetSRID(ST_MakePoint($1, $2), 4490))
                      FROM georelief.dem AS d
                     WHERE ST_Intersects(d.rast, ST_SetSRID(ST_MakePoint($1, $2), 4490))
                     LIMIT 1
                    """);
                command.Parameters.Add(new() { Value = grid.WestLon + ((column + 0.5) * grid.CellSizeDegrees) });
                command.Parameters.Add(new() { Value = grid.NorthLat - ((row + 0.5) * grid.CellSizeDegrees) });
                Assert.Equal(grid.At(column, row), Convert.ToSingle(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture));
            }
        }
    }

    [DatabaseFact]
    public async Task Every_geometry_is_valid_and_in_4490()
    {
        Assert.Equal(0L, await ScalarAsync("""
            SELECT (SELECT count(*) FROM georelief.admin_unit WHERE geom IS NOT NULL AND (ST_SRID(geom) <> 4490 OR NOT ST_IsValid(geom)))
                 + (SELECT count(*) FROM georelief.constraint_zone WHERE ST_SRID(geom) <> 4490 OR NOT ST_IsValid(geom))
                 + (SELECT count(*) FROM georelief.road WHERE ST_SRID(geom) <> 4490)
                 + (SELECT count(*) FROM georelief.natural_village WHERE ST_SRID(geom) <> 4490)
            """));
    }

    private async Task<long> ScalarAsync(string sql)
    {
        await using var command = database.Db.DataSource.CreateCommand(sql);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>A test database with the sample loaded once.</summary>
    public sealed class LoadedDatabase : IAsyncLifetime
    {
        public SampleTestDatabase Db { get; } = new();

        public SampleLoadResult Result { get; private set; } = new(0, 0, 0);

        public async Task InitializeAsync()
        {
            await Db.InitializeAsync();
            if (TestPostgres.IsContinuousIntegration || TestPostgres.UnavailableReason is null)
            {
                Result = await SampleLoader.LoadAsync(Db.DataSource, SampleTestData.Dataset);
            }
        }

        public Task DisposeAsync() => Db.DisposeAsync();
    }
}
