using System.Globalization;
using System.Text;
using Npgsql;

namespace GeoRelief.Benchmarks.Import;

/// <summary>
/// A deterministic natural-village CSV: rows spread over the sample's administrative villages (each row a point near
/// an inner point of its village, declared in that village), with Chinese headers as a county office exports them.
/// The rows come village by village, or, <c>shuffled</c>, each in a village drawn at random (a file sorted by its ids
/// that have nothing to do with place: the stage's rows then meet the villages in no order).
/// </summary>
internal static class VillageCsv
{
    public static async Task<long> WriteAsync(NpgsqlDataSource dataSource, string path, int rows, bool shuffled = false)
    {
        var villages = new List<(string Code, double Lon, double Lat)>();
        await using (var command = dataSource.CreateCommand(
            "SELECT code, ST_X(p), ST_Y(p) FROM georelief.admin_unit CROSS JOIN LATERAL (SELECT ST_PointOnSurface(ST_Buffer(geom, -0.004)) AS p) AS i WHERE level = 5 AND NOT ST_IsEmpty(p) ORDER BY code"))
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                villages.Add((reader.GetString(0), reader.GetDouble(1), reader.GetDouble(2)));
            }
        }

        // xorshift64*: a fixed sequence, so the same row count always gives the same bytes.
        var state = 0x9E3779B97F4A7C15UL;
        double Next()
        {
            state ^= state >> 12;
            state ^= state << 25;
            state ^= state >> 27;
            return ((state * 0x2545F4914F6CDD1DUL) >> 11) * (1.0 / (1UL << 53));
        }

        await using var writer = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 16);
        await writer.WriteLineAsync("编号,名称,行政村代码,户数,人口,经度,纬度");
        var perVillage = (rows + villages.Count - 1) / villages.Count;
        for (var i = 0; i < rows; i++)
        {
            var (code, lon, lat) = villages[shuffled ? (int)(Next() * villages.Count) : i / perVillage];
            var households = 5 + (int)(Next() * 80);
            var population = households * 3 + (int)(Next() * households);
            await writer.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"nv{i:D7},第{i % 1000}组,{code},{households},{population},{lon + ((Next() - 0.5) * 0.002):F6},{lat + ((Next() - 0.5) * 0.002):F6}"));
        }

        await writer.FlushAsync();
        return writer.BaseStream.Length;
    }
}
