using System.IO.Hashing;
using System.Runtime.InteropServices;

namespace Parallax.Stories.Text;

/// <summary>
/// Walks the words of a text (runs of letters and digits) without allocating: each word comes back as its offsets
/// and a 64-bit XxHash3 of its lower-cased form, so counting and shingling never build a string per word.
/// </summary>
public ref struct WordEnumerator
{
    /// <summary>Longer words are hashed on their first characters only; no real word is that long.</summary>
    public const int MaxHashedChars = 40;

    private readonly ReadOnlySpan<char> _text;
    private int _position;

    public WordEnumerator(ReadOnlySpan<char> text)
    {
        _text = text;
        _position = 0;
    }

    public int Start { get; private set; }

    public int Length { get; private set; }

    public ulong Hash { get; private set; }

    /// <summary>True when the word has three or more characters and is not a stop word, i.e. it can carry a topic.</summary>
    public readonly bool IsContent => Length >= 3 && !StopWords.Contains(Hash);

    public readonly WordEnumerator GetEnumerator() => this;

    public readonly WordEnumerator Current => this;

    [System.Runtime.CompilerServices.SkipLocalsInit]
    public bool MoveNext()
    {
        var text = _text;
        var i = _position;
        while (i < text.Length && !IsWordChar(text[i]))
            i++;
        if (i >= text.Length)
        {
            _position = i;
            return false;
        }

        Span<char> lower = stackalloc char[MaxHashedChars];
        var start = i;
        var n = 0;
        while (i < text.Length && IsWordChar(text[i]))
        {
            if (n < MaxHashedChars)
                lower[n++] = ToLower(text[i]);
            i++;
        }

        _position = i;
        Start = start;
        Length = i - start;
        Hash = XxHash3.HashToUInt64(MemoryMarshal.AsBytes(lower[..n]));
        return true;
    }

    public static ulong HashOf(ReadOnlySpan<char> word)
    {
        var e = new WordEnumerator(word);
        return e.MoveNext() ? e.Hash : 0;
    }

    private static bool IsWordChar(char c) =>
        c < 128 ? (uint)((c | 0x20) - 'a') <= 'z' - 'a' || (uint)(c - '0') <= 9 : char.IsLetterOrDigit(c);

    private static char ToLower(char c) =>
        c < 128 ? ((uint)(c - 'A') <= 'Z' - 'A' ? (char)(c | 0x20) : c) : char.ToLowerInvariant(c);
}
