namespace Parallax.Facts;

/// <summary>
/// A cheap pre-check before a lexicon lookup: the first two letters and the length of every word in a class. Most
/// running-text words ("the", "said", "from") fail it, so hot loops skip hashing them.
/// </summary>
internal sealed class WordFilter
{
    private const int MaxLength = 16;
    private readonly bool[] _table = new bool[26 * 26 * (MaxLength + 1)];

    public WordFilter(IEnumerable<string> words)
    {
        foreach (var w in words)
        {
            if (w.Length >= 2 && w.Length <= MaxLength && Index(w) is var i and >= 0)
                _table[i] = true;
        }
    }

    public bool MayBe(ReadOnlySpan<char> word) =>
        word.Length >= 2 && word.Length <= MaxLength && Index(word) is var i and >= 0 && _table[i];

    private static int Index(ReadOnlySpan<char> w)
    {
        var a = (w[0] | 0x20) - 'a';
        var b = (w[1] | 0x20) - 'a';
        if ((uint)a >= 26 || (uint)b >= 26)
            return -1;
        return ((a * 26) + b) * (MaxLength + 1) + w.Length;
    }
}
