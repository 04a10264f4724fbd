using System.Buffers;

namespace Parallax.Facts;

/// <summary>One run of letters and digits, with the lexicon classes the per-word finders ask about.</summary>
internal readonly record struct WordRun(int Start, int End, WordClass Class, bool Letters)
{
    public bool DigitStart(string text) => char.IsDigit(text[Start]);
}

/// <summary>
/// Every run of letters and digits in a document, classified once. The claim, time and reported-speech finders each
/// used to step through all the words and look each one up on their own; they now read this one pass. The array is
/// rented, so the owner disposes it when the document is done.
/// </summary>
internal sealed class WordRuns : IDisposable
{
    /// <summary>The classes the finders start from: numbers and times for claims and times, reporting verbs for indirect speech.</summary>
    public const WordClass Wanted = WordClass.NumberWord | WordClass.Weekday | WordClass.Month | WordClass.TimeWord | WordClass.Reporting;

    private static readonly WordFilter Filter = Lexicon.Filter(Wanted);

    private WordRun[] _runs;

    private WordRuns(WordRun[] runs, int count)
    {
        _runs = runs;
        Count = count;
    }

    public int Count { get; }

    public ReadOnlySpan<WordRun> Items => _runs.AsSpan(0, Count);

    /// <summary>
    /// The lexicon class of a run as the finders' own pre-checks saw it: a word the first-two-letters filter for the
    /// wanted classes turns away (one letter, longer than the filter keeps, or not starting with two ASCII letters) has
    /// no class; any other word has its full class.
    /// </summary>
    public static WordClass ClassOf(ReadOnlySpan<char> word) =>
        Filter.MayBe(word) ? Lexicon.Classify(word) : WordClass.None;

    /// <summary>The index of the first run that starts at or after <paramref name="pos"/>.</summary>
    public int FirstAtOrAfter(int pos)
    {
        int lo = 0, hi = Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (_runs[mid].Start < pos)
                lo = mid + 1;
            else
                hi = mid;
        }

        return lo;
    }

    public static WordRuns Scan(string text)
    {
        var runs = ArrayPool<WordRun>.Shared.Rent(Math.Max(16, text.Length / 5));
        var n = 0;
        var i = 0;
        var span = text.AsSpan();
        while (i < span.Length)
        {
            if (Kind(span[i]) == 0)
            {
                i++;
                continue;
            }

            var s = i;
            var letters = true;
            int k;
            while (i < span.Length && (k = Kind(span[i])) != 0)
            {
                letters &= k == Letter;
                i++;
            }

            var cls = letters ? ClassOf(span[s..i]) : WordClass.None;
            if (n == runs.Length)
            {
                var bigger = ArrayPool<WordRun>.Shared.Rent(runs.Length * 2);
                runs.AsSpan(0, n).CopyTo(bigger);
                ArrayPool<WordRun>.Shared.Return(runs);
                runs = bigger;
            }

            runs[n++] = new WordRun(s, i, cls, letters);
        }

        return new WordRuns(runs, n);
    }

    private const byte Letter = 1;
    private const byte Digit = 2;

    /// <summary>Letter, digit or neither; ASCII from a table, since nearly every character of news text is ASCII.</summary>
    private static byte Kind(char c)
    {
        if (c < 128)
            return AsciiKinds[c];
        return char.IsLetter(c) ? Letter : char.IsDigit(c) ? Digit : (byte)0;
    }

    private static ReadOnlySpan<byte> AsciiKinds =>
    [
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 0, 0, 0, 0, 0, 0,
        0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0,
        0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0,
    ];

    public void Dispose()
    {
        if (_runs.Length > 0)
            ArrayPool<WordRun>.Shared.Return(_runs);
        _runs = [];
    }
}
