using System.Globalization;
using GeoRelief.Data.Imports.Internal;
using NetTopologySuite.Geometries;
using Npgsql;

namespace GeoRelief.Data.Tests.Imports;

/// <summary>Each value the staging COPY writes arrives in PostgreSQL as itself (read back as text from a real server).</summary>
public sealed class BinaryCopyWriterTests
{
    private const string CreateTable = """
        CREATE EXTENSION IF NOT EXISTS postgis;
        CREATE TEMP TABLE copied (k bigint, i integer, n numeric, d date, t text, l text[], g geometry, x double precision, j jsonb, b boolean)
        """;

    private const string Copy = "COPY copied (k, i, n, d, t, l, g, x, j, b) FROM STDIN (FORMAT BINARY)";

    private const string ReadBack = """
        SELECT k, i, n::text, d::text, t, l::text, ST_AsEWKT(g), x, j::text, b FROM copied ORDER BY k
        """;

    [DatabaseFact]
    public async Task Every_column_type_of_the_stage_round_trips()
    {
        decimal[] numbers = [0m, 1m, -1m, 12.50m, 0.0001m, -0.05m, 10000m, 123456789.0123m, 99999999999999999999.99m, 1.000000m, 0.00000001m];
        await using var db = await TestDatabase.CreateAsync(migrate: false);
        await using var connection = await db.DataSource.OpenConnectionAsync();
        await Execute(connection, CreateTable);
        var point = new Ewkb().Write(new Point(108.905, 26.583), 4490);
        await using (var writer = await BinaryCopyWriter.BeginAsync(connection, Copy, CancellationToken.None))
        {
            for (var k = 0; k < numbers.Length; k++)
            {
                writer.StartRow(10);
                writer.WriteInt64(k);
                writer.WriteInt32(k % 2 == 0 ? int.MinValue + k : int.MaxValue - k);
                writer.WriteNumeric(numbers[k]);
                writer.WriteDate(new DateOnly(1999 + k, 12 - k, 28));
                writer.WriteText(k % 2 == 0 ? "锦屏县 茅坪镇" : string.Empty);
                writer.WriteTextArray(k % 2 == 0 ? ["学校", "卫生室", "a \"quoted\" one"] : []);
                writer.WriteBytes(point);
                writer.WriteDouble(k == 0 ? double.NaN : -1.5 * k);
                writer.WriteJsonb("""[{"field":"名称","problem":"x"}]""");
                writer.WriteBoolean(k % 2 == 0);
            }

            writer.StartRow(10);
            writer.WriteInt64(numbers.Length);
            for (var column = 1; column < 10; column++)
            {
                writer.WriteNull();
            }

            await writer.CompleteAsync(CancellationToken.None);
        }

        var rows = await ReadAll(connection);

        Assert.Equal(numbers.Length + 1, rows.Count);
        for (var k = 0; k < numbers.Length; k++)
        {
            var row = rows[k];
            Assert.Equal(k % 2 == 0 ? int.MinValue + k : int.MaxValue - k, row[1]);
            Assert.Equal(numbers[k].ToString(CultureInfo.InvariantCulture), row[2]);
            Assert.Equal(new DateOnly(1999 + k, 12 - k, 28).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), row[3]);
            Assert.Equal(k % 2 == 0 ? "锦屏县 茅坪镇" : string.Empty, row[4]);
            Assert.Equal(k % 2 == 0 ? """{学校,卫生室,"a \"quoted\" one"}""" : "{}", row[5]);
            Assert.Equal("SRID=4490;POINT(108.905 26.583)", row[6]);
            Assert.Equal(k == 0 ? double.NaN : -1.5 * k, row[7]);
            Assert.Equal("""[{"field": "名称", "problem": "x"}]""", row[8]);
            Assert.Equal(k % 2 == 0, row[9]);
        }

        Assert.All(rows[^1].Skip(1), Assert.Null);
    }

    [DatabaseFact]
    public async Task A_writer_disposed_without_completing_stores_nothing_and_leaves_the_connection_usable()
    {
        await using var db = await TestDatabase.CreateAsync(migrate: false);
        await using var connection = await db.DataSource.OpenConnectionAsync();
        await Execute(connection, CreateTable);
        await using (var writer = await BinaryCopyWriter.BeginAsync(connection, Copy, CancellationToken.None))
        {
            writer.StartRow(10);
            writer.WriteInt64(1);
            for (var column = 1; column < 10; column++)
            {
                writer.WriteNull();
            }

            await writer.FlushAsync(CancellationToken.None);
        }

        Assert.Empty(await ReadAll(connection));
    }

    [DatabaseFact]
    public async Task A_row_PostgreSQL_refuses_fails_the_copy_with_its_reason()
    {
        await using var db = await TestDatabase.CreateAsync(migrate: false);
        await using var connection = await db.DataSource.OpenConnectionAsync();
        await Execute(connection, CreateTable);
        await using var writer = await BinaryCopyWriter.BeginAsync(connection, Copy, CancellationToken.None);
        writer.StartRow(9);

        var error = await Assert.ThrowsAsync<PostgresException>(() => writer.CompleteAsync(CancellationToken.None));

        Assert.Contains("row field count is 9, expected 10", error.MessageText, StringComparison.Ordinal);
    }

    private static async Task Execute(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<List<object?[]>> ReadAll(NpgsqlConnection connection)
    {
        var rows = new List<object?[]>();
        await using var command = new NpgsqlCommand(ReadBack, connection);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            var row = new object?[reader.FieldCount];
            for (var i = 0; i < row.Length; i++)
            {
                row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            }

            rows.Add(row);
        }

        return rows;
    }
}
