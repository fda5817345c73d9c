namespace GeoRelief.Data.Imports.Internal;

/// <summary>
/// The keys of the rows as they are staged, for a layer keyed by one text column: whether any names a key the layer
/// holds (when its keys were read, <see cref="ExistingKeys"/>), and the keys the reader's Bloom filter flagged as maybe
/// repeated (<see cref="RepeatedKeyFilter"/>), up to <see cref="MaximumCandidates"/>, for check_duplicates_of_keys.sql.
/// </summary>
internal sealed class StagedKeys(int keyIndex, IReadOnlySet<string>? layerKeys)
{
    /// <summary>The most flagged keys collected (about a thousand in a million-row file); beyond, check_duplicates.sql looks in the stage.</summary>
    public const int MaximumCandidates = 100_000;

    private HashSet<string>? _candidates = new(StringComparer.Ordinal);
    private bool _present;

    /// <summary>Whether a staged row names a key the layer holds; null when the layer's keys were not read.</summary>
    public bool? KeyPresent => layerKeys is null ? null : _present;

    /// <summary>The flagged keys, or null when there were more than <see cref="MaximumCandidates"/>.</summary>
    public IReadOnlyCollection<string>? Candidates => _candidates;

    /// <summary>Takes note of a staged row.</summary>
    public void Add(StagedRow row)
    {
        if (row.Values[keyIndex] is not string key)
        {
            return;
        }

        _present = _present || (layerKeys?.Contains(key) ?? false);
        if (row.MaybeRepeated && _candidates is not null && _candidates.Add(key) && _candidates.Count > MaximumCandidates)
        {
            _candidates = null;
        }
    }
}
