namespace Parallax.Extract;

/// <summary>
/// Judges lines of page furniture by structure (calls to action, credits, short headline-like lines,
/// bullets) and prose by its topical coherence with the article's lead, on a 0..1 "furniture" scale.
/// </summary>
internal static class Furniture
{
    private static readonly HashSet<string> Stop = new(StringComparer.Ordinal)
    {
        "that", "this", "with", "from", "have", "were", "will", "would", "said", "says", "their", "there", "they", "them",
        "been", "which", "what", "when", "where", "about", "also", "than", "then", "into", "more", "most", "some", "such",
        "only", "over", "after", "before", "other", "could", "should", "while", "because", "your", "just", "like", "very",
        "those", "these", "many", "much", "does", "being", "here", "year", "years", "time", "told", "make", "made", "still",
        "even", "back", "well", "each", "both", "through", "during", "against", "under", "last", "first", "new", "news",
    };

    /// <summary>Drops calls to action and bare credits from both ends of an extracted body.</summary>
    public static void TrimEdges(List<string> paragraphs)
    {
        while (paragraphs.Count > 1 && IsEdgeJunk(paragraphs[^1]))
            paragraphs.RemoveAt(paragraphs.Count - 1);
        while (paragraphs.Count > 1 && IsEdgeJunk(paragraphs[0]))
            paragraphs.RemoveAt(0);
    }

    private static bool IsEdgeJunk(string p) => p.Length < 200 && (LineRules.IsCallToAction(p) || LineRules.IsCreditOnly(p));

    /// <summary>Structure-only furniture score; NaN when the line is prose and coherence must decide.</summary>
    public static float Structural(ReadOnlySpan<char> line)
    {
        var t = line.Trim();
        if (t.Length == 0)
            return 1f;
        if (LineRules.IsCallToAction(t))
            return 0.95f;
        if (t[0] is '>' or '•' or '·' or '*' or '|' or '»')
            return 0.9f;
        if (LineRules.IsCreditOnly(t) || LineRules.EndsWithCredit(t))
            return 0.95f;
        if (LineRules.IsDateLine(t) || LineRules.IsBylineLine(t))
            return 0.8f;
        if (Words(t) <= 14 && !EndsSentence(t))
            return 0.85f;
        return float.NaN;
    }

    /// <summary>Coherence to furniture score: prose unrelated to the lead is likely a teaser for another story.</summary>
    public static float FromCoherence(float coherence) => coherence switch
    {
        < 0.08f => 0.7f,
        < 0.18f => 0.45f,
        < 0.3f => 0.25f,
        _ => 0.1f,
    };

    public static bool EndsSentence(ReadOnlySpan<char> t)
    {
        var last = t[^1];
        return last is '.' or '!' or '?' or '"' or '”' or '’' or '\'' or ':' or ';' or '…' or ')' or '»' or '。';
    }

    public static int Words(ReadOnlySpan<char> t)
    {
        var n = 0;
        var inWord = false;
        foreach (var c in t)
        {
            var w = !char.IsWhiteSpace(c);
            if (w && !inWord)
                n++;
            inWord = w;
        }

        return n;
    }

    /// <summary>Adds each content word of the text (4+ letters, not a common function word) to the counts.</summary>
    public static void AddWords(ReadOnlySpan<char> text, Dictionary<string, int> counts, int delta)
    {
        var lookup = counts.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> lower = stackalloc char[32];
        var i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && !char.IsLetter(text[i]))
                i++;
            var start = i;
            while (i < text.Length && char.IsLetter(text[i]))
                i++;
            var len = i - start;
            if (len < 4 || len > 32)
                continue;
            text.Slice(start, len).ToLowerInvariant(lower);
            var w = lower[..len];
            if (Stop.GetAlternateLookup<ReadOnlySpan<char>>().Contains(w))
                continue;
            lookup.TryGetValue(w, out var n);
            n += delta;
            lookup[w] = n;
        }
    }

    /// <summary>Share of the text's content words that occur in the core vocabulary.</summary>
    public static float Coherence(ReadOnlySpan<char> text, Dictionary<string, int> core)
    {
        var own = new Dictionary<string, int>(StringComparer.Ordinal);
        AddWords(text, own, 1);
        if (own.Count == 0)
            return 0f;
        var hit = 0;
        foreach (var (w, _) in own)
        {
            if (core.TryGetValue(w, out var n) && n > 0)
                hit++;
        }

        return (float)hit / own.Count;
    }
}
