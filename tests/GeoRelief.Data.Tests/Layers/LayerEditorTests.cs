using System.Text.Json;
using GeoRelief.Data.Audit;
using GeoRelief.Data.Auth;
using GeoRelief.Data.Layers;
using GeoRelief.Data.Sample;

namespace GeoRelief.Data.Tests.Layers;

/// <summary>The editor's linkage against the sample loader's, the layer SQL of every layer, and the token store.</summary>
public sealed class LayerEditorTests
{
    private static readonly ChangeAuthor Author = new("000000000000", "test", null);

    [DatabaseFact]
    public async Task Writing_features_back_unchanged_links_them_as_the_sample_loader_did()
    {
        await using var database = await TestDatabase.CreateAsync(migrate: true);
        await SampleLoader.LoadAsync(database.DataSource, SampleTestData.Dataset);
        var reader = new LayerReader(database.DataSource);
        var editor = new LayerEditor(database.DataSource);
        foreach (var layer in new[] { LayerCatalog.NaturalVillages, LayerCatalog.RelocationSites, LayerCatalog.Roads })
        {
            var originals = await reader.ListAsync(layer, new LayerQuery("522628", null, 25, 0), GeometryEncoding.GeoJson, CancellationToken.None).ToListAsync();
            var piecesBefore = await PiecesAsync(database, originals.Select(o => o.Key).ToArray());
            await ClearLinkageAsync(database, layer);
            foreach (var original in originals)
            {
                using var body = JsonDocument.Parse(FeatureJson.ToApiJson(layer, original));
                LayerKey.TryParse(layer, original.Key, out var key, out _);
                var input = await FeatureValidation.ValidateAsync(database.DataSource, layer, body.RootElement, key, CancellationToken.None);
                Assert.True(input.IsValid, string.Join(" ", input.Errors.SelectMany(e => e.Value)));

                var result = await editor.ReplaceAsync(layer, input.Input!, null, Author, CancellationToken.None);

                Assert.Equal(EditOutcome.Updated, result.Outcome);
                Assert.Equal(original.Values, result.Feature!.Values);
                Assert.Equal(original.ETag, result.Feature.ETag);
            }

            Assert.Equal(piecesBefore, await PiecesAsync(database, originals.Select(o => o.Key).ToArray()));
        }
    }

    [DatabaseFact]
    public async Task A_point_on_a_shared_boundary_goes_to_the_smallest_code()
    {
        await using var database = await TestDatabase.CreateAsync(migrate: true);
        await SampleLoader.LoadAsync(database.DataSource, SampleTestData.Dataset);
        await using var command = database.DataSource.CreateCommand("""
            SELECT ST_X(p.geom), ST_Y(p.geom), (SELECT min(c.code) FROM georelief.admin_unit c WHERE c.level = 5 AND ST_Intersects(c.geom, p.geom)),
                   (SELECT count(*) FROM georelief.admin_unit c WHERE c.level = 5 AND ST_Intersects(c.geom, p.geom))
              FROM georelief.admin_unit a
             CROSS JOIN LATERAL ST_DumpPoints(a.geom) AS p
             WHERE a.level = 5 AND a.code LIKE '522628%'
             ORDER BY 4 DESC, a.code, p.path
             LIMIT 1
            """);
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        var (lon, lat, smallest, units) = (reader.GetDouble(0), reader.GetDouble(1), reader.GetString(2), reader.GetInt64(3));
        Assert.True(units >= 2);
        using var body = JsonDocument.Parse(string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $$"""{"id": "tie", "name": "界桩", "kind": "market", "geometry": {"type": "Point", "coordinates": [{{lon:R}}, {{lat:R}}]} }"""));

        var input = await FeatureValidation.ValidateAsync(database.DataSource, LayerCatalog.Facilities, body.RootElement, null, CancellationToken.None);
        var result = await new LayerEditor(database.DataSource).CreateAsync(LayerCatalog.Facilities, input.Input!, Author, CancellationToken.None);

        Assert.Equal(smallest, result.Feature!.Values[LayerCatalog.Facilities.Fields.ToList().FindIndex(f => f.Column == "village_code")]);
    }

    [DatabaseFact]
    public async Task Every_layer_can_be_listed_in_both_encodings_and_located()
    {
        await using var database = await TestDatabase.CreateAsync(migrate: true);
        await SampleLoader.LoadAsync(database.DataSource, SampleTestData.Dataset);
        var reader = new LayerReader(database.DataSource);
        foreach (var layer in LayerCatalog.All)
        {
            foreach (var encoding in Enum.GetValues<GeometryEncoding>())
            {
                var bbox = layer.HasGeometry ? new BoundingBox(73, 3, 136, 54) : null;
                var rows = await reader.ListAsync(layer, new LayerQuery("522628", bbox, 3, 0), encoding, CancellationToken.None).ToListAsync();
                Assert.NotEmpty(rows);
                var again = await reader.GetAsync(layer, Key(layer, rows[0].Key), CancellationToken.None);
                Assert.Equal(rows[0].ETag, again!.ETag);
            }
        }
    }

    [DatabaseFact]
    public async Task A_token_is_found_by_its_text_only_while_live_and_its_secret_is_not_stored()
    {
        await using var database = await TestDatabase.CreateAsync(migrate: true);
        var store = new ApiTokenStore(database.DataSource);

        var created = await store.CreateAsync("锦屏县", ApiRole.Editor, "522628", CancellationToken.None);
        var found = await store.AuthenticateAsync(created.Text, CancellationToken.None);
        var tampered = await store.AuthenticateAsync(created.Text[..^1] + (created.Text[^1] == 'A' ? 'B' : 'A'), CancellationToken.None);
        var revoked = await store.RevokeAsync(created.Token.Id, CancellationToken.None);
        var afterRevoke = await store.AuthenticateAsync(created.Text, CancellationToken.None);

        Assert.Matches("^grt_[0-9a-f]{12}_[A-Za-z0-9_-]{43}$", created.Text);
        Assert.Equal(created.Token with { CreatedAt = found!.CreatedAt }, found);
        Assert.Null(tampered);
        Assert.True(revoked);
        Assert.Null(afterRevoke);
        await using var command = database.DataSource.CreateCommand("SELECT count(*) FROM georelief.api_token WHERE secret_hash = sha256(convert_to($1, 'UTF8'))");
        command.Parameters.AddWithValue(created.Text.Split('_', 3)[2]);
        Assert.Equal(1L, await command.ExecuteScalarAsync());
    }

    private static LayerKey Key(LayerDefinition layer, string text)
    {
        Assert.True(LayerKey.TryParse(layer, text, out var key, out var problem), problem);
        return key;
    }

    private static async Task ClearLinkageAsync(TestDatabase database, LayerDefinition layer)
    {
        var sql = layer == LayerCatalog.Roads
            ? "DELETE FROM georelief.road_piece"
            : $"UPDATE georelief.\"{layer.Table}\" SET village_code = NULL, township_code = NULL";
        await using var command = database.DataSource.CreateCommand(sql);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<List<string>> PiecesAsync(TestDatabase database, string[] roads)
    {
        await using var command = database.DataSource.CreateCommand(
            "SELECT road_id || ' ' || township_code || ' ' || round(length_m::numeric, 3) FROM georelief.road_piece WHERE road_id = ANY ($1) ORDER BY 1");
        command.Parameters.AddWithValue(roads);
        var pieces = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            pieces.Add(reader.GetString(0));
        }

        return pieces;
    }
}
