using Parallax.Annotations;

namespace Parallax.Facts;

/// <summary>A speech cue found in a window: the cue range and how its speaker is to be found.</summary>
internal readonly record struct CueHit(TextRange Cue, WordClass Class, bool Forward)
{
    public bool Found => !Cue.IsNone;
    public static readonly CueHit None = new(TextRange.None, WordClass.None, false);
}

/// <summary>Clause windows bounded by sentence ends, quotation marks and paragraph breaks, and the cues inside them.</summary>
internal static class Clauses
{
    /// <summary>The start of the clause that <paramref name="pos"/> is in, looking back.</summary>
    public static int Back(string text, int pos, int floor = 0)
    {
        for (var i = pos - 1; i >= floor; i--)
        {
            var c = text[i];
            if (c == '\n' || TextScan.IsDoubleQuoteMark(c))
                return i + 1;
            if (c is '.' or '!' or '?' && IsSentenceEnd(text, i))
                return i + 1;
        }

        return floor;
    }

    /// <summary>The end (exclusive, at the terminator) of the clause that <paramref name="pos"/> is in, looking forward.</summary>
    public static int Forward(string text, int pos, int limit)
    {
        for (var i = pos; i < limit; i++)
        {
            var c = text[i];
            if (c == '\n' || TextScan.IsDoubleQuoteMark(c))
                return i;
            if (c is '.' or '!' or '?' && IsSentenceEnd(text, i))
                return i;
        }

        return limit;
    }

    public static bool IsSentenceEnd(string text, int i)
    {
        var next = i + 1 < text.Length ? text[i + 1] : ' ';
        if (!char.IsWhiteSpace(next) && !TextScan.IsAnyQuote(next) && next != ')')
            return false;
        if (text[i] != '.')
            return true;
        var s = i;
        while (s > 0 && TextScan.IsWordChar(text[s - 1]))
            s--;
        return !TextScan.IsAbbreviation(text.AsSpan(s, i + 1 - s));
    }

    /// <summary>The first cue in [start, end), within <paramref name="maxWords"/> words.</summary>
    public static CueHit First(string text, int start, int end, int maxWords)
    {
        var pos = start;
        for (var n = 0; n < maxWords; n++)
        {
            var (s, e) = TextScan.NextWord(text, pos, end);
            if (s < 0)
                break;
            var hit = At(text, s, e, end);
            if (hit.Found)
                return hit;
            pos = e;
        }

        return CueHit.None;
    }

    /// <summary>The last cue in [start, end); <paramref name="skipParticiples"/> looks past "saying"/"warning" for a finite verb.</summary>
    public static CueHit Last(string text, int start, int end, bool skipParticiples)
    {
        var pos = start;
        CueHit last = CueHit.None, lastFinite = CueHit.None;
        while (true)
        {
            var (s, e) = TextScan.NextWord(text, pos, end);
            if (s < 0)
            {
                // NextWord stops at quote marks and line breaks; keep going past them within the window.
                var next = pos;
                while (next < end && (TextScan.IsDoubleQuoteMark(text[next]) || text[next] == '\n' || !char.IsLetterOrDigit(text[next])))
                    next++;
                if (next >= end || next == pos)
                    break;
                pos = next;
                continue;
            }

            var hit = At(text, s, e, end);
            if (hit.Found)
            {
                last = hit;
                if ((hit.Class & WordClass.Participle) == 0)
                    lastFinite = hit;
            }

            pos = e;
        }

        return skipParticiples && last.Found && (last.Class & WordClass.Participle) != 0 && lastFinite.Found ? lastFinite : last;
    }

    private static CueHit At(string text, int s, int e, int end)
    {
        var w = text.AsSpan(s, e - s);
        if (w is "according" or "According")
        {
            var (ts, te) = TextScan.NextWord(text, e, end);
            if (ts >= 0 && text.AsSpan(ts, te - ts) is "to")
                return new CueHit(new TextRange(s, te - s), WordClass.Cue, true);
            return CueHit.None;
        }

        if (w is "declaration" or "statement" or "communique")
        {
            var (ts, te) = TextScan.NextWord(text, e, end);
            if (ts >= 0 && text.AsSpan(ts, te - ts) is "by" or "from")
                return new CueHit(new TextRange(s, te - s), WordClass.Cue, true);
            return CueHit.None;
        }

        var cls = Lexicon.Classify(w);
        if ((cls & WordClass.Cue) == 0 || TextScan.IsCapitalized(text, s, e))
            return CueHit.None;
        return new CueHit(new TextRange(s, e - s), cls, false);
    }

    /// <summary>"in a statement" right after a cue: the speaker issued a statement, so "the statement" can refer back to it.</summary>
    public static bool InStatement(string text, int cueEnd, int limit)
    {
        var pos = cueEnd;
        for (var n = 0; n < 4; n++)
        {
            var (s, e) = TextScan.NextWord(text, pos, limit);
            if (s < 0)
                return false;
            if (text.AsSpan(s, e - s) is "statement")
                return true;
            pos = e;
        }

        return false;
    }
}
