using Parallax.Annotations;

namespace Parallax.Facts;

/// <summary>
/// Reported speech without quotation marks: "Kerry says he won't …", "Lavrov insisted Monday that …",
/// "…, Khamenei asserted," and "…, according to U.S. officials". The content span is the reported clause.
/// </summary>
internal static class IndirectFinder
{
    private static readonly WordFilter Reporting = Lexicon.Filter(WordClass.Reporting);

    public static List<Attribution> Find(string text, List<Attribution> quotes)
    {
        using var words = WordRuns.Scan(text);
        return Find(text, words, quotes);
    }

    /// <summary>Cues are letter-only words; a run with digits in it is split into its letter parts.</summary>
    public static List<Attribution> Find(string text, WordRuns words, List<Attribution> quotes)
    {
        var found = new List<Attribution>();
        var q = 0;
        foreach (var run in words.Items)
        {
            if (run.Letters)
            {
                Try(text, run.Start, run.End, run.Class, quotes, found, ref q);
                continue;
            }

            var i = run.Start;
            while (i < run.End)
            {
                while (i < run.End && !char.IsLetter(text[i]))
                    i++;
                var s = i;
                while (i < run.End && char.IsLetter(text[i]))
                    i++;
                if (i > s)
                {
                    var w = text.AsSpan(s, i - s);
                    Try(text, s, i, Reporting.MayBe(w) ? Lexicon.Classify(w) : WordClass.None, quotes, found, ref q);
                }
            }
        }

        return found;
    }

    /// <summary>One word: a reporting verb or "according" outside the quotes opens reported speech.</summary>
    private static void Try(string text, int s, int e, WordClass cls, List<Attribution> quotes, List<Attribution> found, ref int q)
    {
        while (q < quotes.Count && QuoteEnd(quotes[q]) <= s)
            q++;
        if (q < quotes.Count && InQuote(quotes[q], s))
            return;
        var w = text.AsSpan(s, e - s);
        var according = w is "according";
        if (!according && ((cls & WordClass.Reporting) == 0 || TextScan.IsCapitalized(text, s, e)))
            return;
        if (UsedCue(quotes, s))
            return;
        var a = according ? According(text, s, e) : Reported(text, s, e, cls);
        if (a is null || Overlaps(quotes, a) || (found.Count > 0 && found[^1].End > a.Start))
            return;
        found.Add(a);
    }

    private static Attribution? Reported(string text, int s, int e, WordClass cls)
    {
        var clauseStart = Clauses.Back(text, s);
        var clauseEnd = Clauses.Forward(text, e, text.Length);
        var speaker = Phrases.Before(text, s, clauseStart);
        var inverted = false;
        if (speaker.IsNone && TextScan.PrevWord(text, s, clauseStart) is var (ps, pe) && ps >= 0 && text.AsSpan(ps, pe - ps) is "and")
        {
            // "X accused … and said he would appeal": the coordinated verb shares the clause's subject.
            var sentenceStart = clauseStart;
            while (sentenceStart > 0 && TextScan.IsDoubleQuoteMark(text[sentenceStart - 1]))
                sentenceStart = Clauses.Back(text, sentenceStart - 1);
            speaker = Phrases.After(text, TextScan.SkipSpaces(text, sentenceStart, s), s, lenient: false);
        }

        if (speaker.IsNone)
        {
            // "The first mission, said Iraqi Foreign Minister Ibrahim al-Jaafari, is to …"
            var before = text.AsSpan(clauseStart, s - clauseStart).TrimEnd();
            if ((cls & WordClass.Invertible) == 0 || !before.EndsWith(","))
                return null;
            speaker = Phrases.After(text, e, clauseEnd, lenient: false);
            if (speaker.IsNone)
                return null;
            inverted = true;
        }

        int cs, ce;
        var after = text.AsSpan(inverted ? speaker.End : e, clauseEnd - (inverted ? speaker.End : e)).TrimStart(' ');
        var parenthetical = !inverted && speaker.Start >= clauseStart && text.AsSpan(clauseStart, speaker.Start - clauseStart).TrimEnd().EndsWith(",");
        if (inverted || parenthetical || after.IsEmpty || after[0] == ',')
        {
            // Parenthetical attribution: the reported clause is the rest of the sentence around it.
            cs = TextScan.SkipSpaces(text, clauseStart, s);
            ce = clauseEnd;
            if (!inverted)
                ce = TrimComma(text, cs, speaker.Start);
        }
        else
        {
            cs = ContentStart(text, e, clauseEnd, text.AsSpan(s, e - s) is "told" or "tells");
            ce = clauseEnd;
            if (cs < 0)
                return null;
        }

        ce = TrimAccording(text, cs, ce);
        if (ce - cs < 8 || text.AsSpan(cs, ce - cs).Count(' ') < 2)
            return null;
        return new Attribution
        {
            Start = cs,
            End = ce,
            After = ce,
            Kind = QuoteKind.Indirect,
            Speaker = speaker,
            Cue = new TextRange(s, e - s),
            Source = AttributionSource.Before,
        };
    }

    /// <summary>"…, according to X." makes the clause before it X's assertion.</summary>
    private static Attribution? According(string text, int s, int e)
    {
        var (ts, te) = TextScan.NextWord(text, e, text.Length);
        if (ts < 0 || text.AsSpan(ts, te - ts) is not "to")
            return null;
        var clauseStart = Clauses.Back(text, s);
        if (clauseStart > 0 && TextScan.IsDoubleQuoteMark(text[clauseStart - 1]))
            return null;
        var clauseEnd = Clauses.Forward(text, te, text.Length);
        var speaker = Phrases.After(text, te, clauseEnd, lenient: true);
        if (speaker.IsNone)
            return null;
        var cs = TextScan.SkipSpaces(text, clauseStart, s);
        var ce = TrimComma(text, cs, s);
        if (ce - cs < 8 || Clauses.Last(text, cs, ce, false).Found)
            return null;
        return new Attribution
        {
            Start = cs,
            End = ce,
            After = clauseEnd,
            Kind = QuoteKind.Indirect,
            Speaker = speaker,
            Cue = new TextRange(s, te - s),
            Source = AttributionSource.After,
        };
    }

    /// <summary>Skips time words and, for "told", the listener, then an optional "that"; -1 when no clause follows.</summary>
    private static int ContentStart(string text, int cueEnd, int clauseEnd, bool told)
    {
        var pos = cueEnd;
        for (var n = 0; n < 8; n++)
        {
            var (s, e) = TextScan.NextWord(text, pos, clauseEnd);
            if (s < 0)
                return -1;
            var w = text.AsSpan(s, e - s);
            if (w is "that")
                return TextScan.SkipSpaces(text, e, clauseEnd);
            if (w is "to" or "for" or "with" or "about" or "by")
                return -1;
            var cls = Lexicon.Classify(w);
            var timeish = (cls & (WordClass.Weekday | WordClass.TimeWord | WordClass.Skippable)) != 0 || w is "on" or "week" or "month" or "ago" or "in" or "interview";
            if (timeish || told)
            {
                pos = e;
                continue;
            }

            return n == 0 || !told ? s : -1;
        }

        return -1;
    }

    private static int TrimComma(string text, int start, int end)
    {
        while (end > start && text[end - 1] is ' ' or ',')
            end--;
        return end;
    }

    private static int TrimAccording(string text, int start, int end)
    {
        var i = text.AsSpan(start, end - start).IndexOf(", according to", StringComparison.Ordinal);
        return i < 0 ? end : start + i;
    }

    private static int QuoteEnd(Attribution a) => a.Second.IsNone ? a.End : a.Second.End;

    private static bool InQuote(Attribution a, int pos) => a.Covers(pos);

    private static bool UsedCue(List<Attribution> quotes, int s)
    {
        foreach (var a in quotes)
        {
            if (a.Cue.Start == s)
                return true;
        }

        return false;
    }

    private static bool Overlaps(List<Attribution> quotes, Attribution a)
    {
        foreach (var x in quotes)
        {
            if (x.Start < a.End && a.Start < QuoteEnd(x))
                return true;
        }

        return false;
    }
}
