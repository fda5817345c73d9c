namespace GeoRelief.Data.Imports.Internal;

/// <summary>
/// Remembers the keys read so far in a fixed Bloom filter (2 MiB; four bits per key, all in one 64-bit word so that a key
/// costs one memory access, not four) and says of each new key whether it may have been read before. "No" is certain;
/// "maybe" is right for every key given twice and wrong for a few others (about 1 in 1,000 keys of a million-row file,
/// more in larger ones). The duplicate-key check then only looks at the keys of
/// the rows marked "maybe" instead of grouping the whole stage — and not at all when no row was — while memory stays
/// the same whatever the size of the file.
/// </summary>
internal sealed class RepeatedKeyFilter(int[] keyIndexes)
{
    private const int WordsLog2 = 18;
    private const ulong WordMask = (1UL << WordsLog2) - 1;
    private const int Probes = 4;
    private readonly ulong[] _words = new ulong[1 << WordsLog2];

    /// <summary>
    /// Adds the key of a staged row (its typed values at the key's indexes among the input fields) and returns true when
    /// it may have been added before. A row without a whole key is never a repeat (check_duplicates.sql skips it).
    /// </summary>
    public bool AddAndCheck(object?[] typed)
    {
        ArgumentNullException.ThrowIfNull(typed);
        var hash = 14695981039346656037UL;
        foreach (var index in keyIndexes)
        {
            if (typed[index] is not { } value)
            {
                return false;
            }

            hash = Mix(value switch
            {
                string text => Fnv(hash, text),
                int number => Fnv(hash, number),
                _ => Fnv(hash, Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty),
            });
        }

        // The low bits pick the word, four 6-bit fields of the high bits the bits in it.
        ref var word = ref _words[(int)(hash & WordMask)];
        var bits = 0UL;
        for (var i = 0; i < Probes; i++)
        {
            bits |= 1UL << (int)((hash >> (WordsLog2 + (6 * i))) & 63);
        }

        var seen = (word & bits) == bits;
        word |= bits;
        return seen;
    }

    private static ulong Fnv(ulong hash, string text)
    {
        foreach (var c in text)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        // The length ends the value, so ("ab", "c") and ("a", "bc") differ.
        return (hash ^ (ulong)text.Length) * 1099511628211UL;
    }

    private static ulong Fnv(ulong hash, int number) => (hash ^ (uint)number) * 1099511628211UL;

    // The finaliser of SplitMix64: spreads FNV's low-entropy high bits over the whole word.
    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
