using System.Globalization;
using GeoRelief.Data.Imports.Internal;

namespace GeoRelief.Data.Tests.Imports;

/// <summary>What the stage learns of its keys as rows go by: a key the layer holds, and the keys flagged as maybe repeated.</summary>
public sealed class StagedKeysTests
{
    [Fact]
    public void A_key_the_layer_holds_is_noticed_and_flagged_keys_are_collected_once()
    {
        var keys = new StagedKeys(0, new HashSet<string>(StringComparer.Ordinal) { "held" });
        keys.Add(Row("new-1", maybeRepeated: false));
        keys.Add(Row("new-1", maybeRepeated: true));
        keys.Add(Row("new-1", maybeRepeated: true));
        keys.Add(Row("new-2", maybeRepeated: true));
        keys.Add(Row(null, maybeRepeated: true));

        Assert.False(keys.KeyPresent);
        Assert.Equal(["new-1", "new-2"], keys.Candidates!.Order(StringComparer.Ordinal));

        keys.Add(Row("held", maybeRepeated: false));
        Assert.True(keys.KeyPresent);
    }

    [Fact]
    public void Without_the_layers_keys_presence_is_unknown_and_too_many_flagged_keys_give_none()
    {
        var keys = new StagedKeys(0, null);
        for (var i = 0; i <= StagedKeys.MaximumCandidates; i++)
        {
            keys.Add(Row(string.Create(CultureInfo.InvariantCulture, $"k-{i}"), maybeRepeated: true));
        }

        Assert.Null(keys.KeyPresent);
        Assert.Null(keys.Candidates);
    }

    private static StagedRow Row(string? key, bool maybeRepeated) =>
        new(1, [key], null, null, null, null, true, maybeRepeated, null, null);
}
