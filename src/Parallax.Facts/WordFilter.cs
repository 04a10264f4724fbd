namespace Parallax.Facts;

/// <summary>
/// A cheap pre-check before a lexicon lookup: the first two letters, the length and the last letter of every word in
/// a class. Most running-text words ("the", "said", "from") fail it, so hot loops skip hashing them.
/// </summary>
/// <remarks>
/// The plain filter turns away any word it cannot index (one letter, longer than 16, not starting with two ASCII
/// letters), as the finders always have. An exhaustive filter lets those through to the lookup instead, so that a
/// false answer always means the lookup would have said no.
/// </remarks>
internal sealed class WordFilter
{
    private const int MaxLength = 16;
    private readonly bool[] _table = new bool[26 * 26 * (MaxLength + 1)];

    // Per entry of the table, a bit for each last letter a word of that entry ends with.
    private readonly uint[] _last = new uint[26 * 26 * (MaxLength + 1)];
    private readonly bool _exhaustive;

    public WordFilter(IEnumerable<string> words, bool exhaustive = false)
    {
        _exhaustive = exhaustive;
        foreach (var w in words)
        {
            if (w.Length >= 2 && w.Length <= MaxLength && Index(w) is var i and >= 0)
            {
                _table[i] = true;
                _last[i] |= LastBit(w[^1]);
            }
        }
    }

    public bool MayBe(ReadOnlySpan<char> word)
    {
        if (_exhaustive && word.Length > 1 && word[^1] == '.')
            word = word[..^1];
        if (word.Length < 2 || word.Length > MaxLength)
            return _exhaustive;
        var i = Index(word);
        if (i < 0)
            return _exhaustive;

        // A last character that is no ASCII letter cannot be ruled out here (case-insensitive lookups fold a few others).
        return _table[i] && (_last[i] & LastBit(word[^1])) != 0;
    }

    private static uint LastBit(char c)
    {
        var k = (c | 0x20) - 'a';
        return (uint)k < 26 && c < 128 ? 1u << k : uint.MaxValue;
    }

    private static int Index(ReadOnlySpan<char> w)
    {
        var a = (w[0] | 0x20) - 'a';
        var b = (w[1] | 0x20) - 'a';
        if ((uint)a >= 26 || (uint)b >= 26)
            return -1;
        return ((a * 26) + b) * (MaxLength + 1) + w.Length;
    }
}
