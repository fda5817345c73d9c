using Npgsql;

namespace GeoRelief.Data.Tests.Siting;

/// <summary>
/// A hand-made county for siting tests: a 0.05° square at 109.0–109.05°E, 26.50–26.55°N; a DEM that is a plane rising
/// northwards at exactly 10° (elevation = 500 m + tan 10° × metres north of 26.45°N, with 110,800 m per degree of
/// latitude there); an ecological red line over the western fifth; one school and one hardened road.
/// </summary>
internal static class SitingFixture
{
    public const double MetresPerDegreeLatitude = 110_800;

    public static async Task LoadAsync(NpgsqlDataSource dataSource)
    {
        await using var command = dataSource.CreateCommand("""
            INSERT INTO georelief.admin_unit (code, level, parent_code, name, code_year, geom) VALUES
              ('52', 1, NULL, 'P', 2023, NULL), ('5226', 2, '52', 'F', 2023, NULL),
              ('522628', 3, '5226', 'T', 2023, ST_Multi(ST_MakeEnvelope(109.0, 26.5, 109.05, 26.55, 4490)));
            INSERT INTO georelief.dem (name, rast)
            SELECT 'plane', ST_SetValues(
                     ST_AddBand(ST_MakeEmptyRaster(300, 300, 108.95, 26.60, 0.0005, -0.0005, 0, 0, 4490), '32BF'::text, 0::double precision, NULL::double precision),
                     1, 1, 1,
                     (SELECT array_agg(r ORDER BY y) FROM (
                        SELECT y, array_agg(500 + tan(radians(10)) * (26.60 - 0.0005 * (y + 0.5) - 26.45) * 110800 ORDER BY x) AS r
                        FROM generate_series(0, 299) y, generate_series(0, 299) x GROUP BY y) rows));
            INSERT INTO georelief.constraint_zone (id, name, kind, risk_level, geom) VALUES
              ('z1', 'red line', 'ecological_red_line', NULL, ST_Multi(ST_MakeEnvelope(108.99, 26.49, 109.01, 26.56, 4490)));
            INSERT INTO georelief.facility (id, name, kind, geom) VALUES ('f1', 'school', 'school', ST_SetSRID(ST_Point(109.03, 26.52), 4490));
            INSERT INTO georelief.road (id, name, class, surface, status, geom) VALUES
              ('r1', 'road', 'county', 'asphalt', 'existing', ST_SetSRID(ST_MakeLine(ST_Point(109.0, 26.525), ST_Point(109.05, 26.525)), 4490));
            """);
        await command.ExecuteNonQueryAsync();
    }
}
