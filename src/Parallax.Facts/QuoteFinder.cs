using Parallax.Annotations;

namespace Parallax.Facts;

/// <summary>Direct and partial quotes with the speaker phrase and cue of each, split quotes merged into one.</summary>
internal static class QuoteFinder
{
    public static List<Attribution> Find(string text)
    {
        var marks = QuoteScanner.Scan(text);
        var found = new List<Attribution>(marks.Count);
        for (var k = 0; k < marks.Count; k++)
        {
            var q = marks[k];
            var a = new Attribution
            {
                Start = q.ContentStart,
                End = q.ContentEnd,
                Open = q.Open,
                After = q.After,
                Kind = IsDirect(text, q) ? QuoteKind.Direct : QuoteKind.Partial,
            };
            Attribute(text, a, q);
            if (a.Source == AttributionSource.None && found.Count > 0)
                Inherit(text, found[^1], a);
            if (found.Count > 0 && ShouldMerge(text, found[^1], a))
            {
                var first = found[^1];
                first.Second = new TextRange(a.Start, a.End - a.Start);
                first.After = a.After;
                first.Kind = QuoteKind.Direct;
                continue;
            }

            found.Add(a);
        }

        return found;
    }

    /// <summary>A full-sentence quote: opens with a capital and stands at a clause start (paragraph, sentence, colon or comma).</summary>
    private static bool IsDirect(string text, QuoteMarks q)
    {
        var first = text[q.ContentStart];
        if (!(char.IsUpper(first) || char.IsDigit(first) || first is '[' or '(' or '.'))
            return false;
        var i = q.Open - 1;
        while (i >= 0 && text[i] is ' ' or '\t')
            i--;
        return i < 0 || text[i] is '\n' or ':' or ',' or '.' or '!' or '?' or '\u2014' or '\u2013' || TextScan.IsDoubleQuoteMark(text[i]);
    }

    private static void Attribute(string text, Attribution a, QuoteMarks q)
    {
        if (a.Kind == QuoteKind.Direct && StandsAlone(text, q) && TryAfter(text, a, q))
            return;
        if (TryBefore(text, a, q))
            return;
        if (TryAfter(text, a, q))
            return;
        if (a.Kind == QuoteKind.Direct)
            TryNextSentence(text, a, q);
    }

    /// <summary>The quote opens a sentence, so its speaker, if anywhere, follows it.</summary>
    private static bool StandsAlone(string text, QuoteMarks q)
    {
        var back = Clauses.Back(text, q.Open);
        return back >= q.Open - 1 || text.AsSpan(back, q.Open - back).IsWhiteSpace();
    }

    private static bool TryAfter(string text, Attribution a, QuoteMarks q)
    {
        var limit = Math.Min(text.Length, q.After + 200);
        var end = Clauses.Forward(text, q.After, limit);
        if (end <= q.After)
            return false;
        var hit = Clauses.First(text, q.After, end, 12);
        if (!hit.Found)
            return false;
        TextRange speaker;
        if (hit.Forward)
        {
            speaker = Phrases.After(text, hit.Cue.End, end, lenient: true);
            if (!OnlyGap(text, q.After, hit.Cue.Start, a.Kind))
                return false;
        }
        else
        {
            speaker = Phrases.Before(text, hit.Cue.Start, q.After);
            if (speaker.IsNone && (hit.Class & WordClass.Invertible) != 0 && OnlyGap(text, q.After, hit.Cue.Start, a.Kind))
                speaker = Phrases.After(text, hit.Cue.End, end, lenient: false);
            else if (speaker.IsNone || !OnlyGap(text, q.After, speaker.Start, a.Kind))
                return false;
        }

        if (speaker.IsNone)
            return false;
        a.Speaker = speaker;
        a.Cue = hit.Cue;
        a.Source = AttributionSource.After;
        return true;
    }

    /// <summary>Only marks and spaces between the quote and its attribution, or for a direct quote a short trailing phrase and a comma.</summary>
    private static bool OnlyGap(string text, int from, int to, QuoteKind kind)
    {
        var gap = text.AsSpan(from, Math.Max(0, to - from));
        var trimmed = gap.Trim(" ,\u2014\u2013");
        if (trimmed.IsEmpty)
            return true;
        return kind == QuoteKind.Direct && gap.TrimEnd(' ').EndsWith(",") && trimmed.Count(' ') <= 4;
    }

    private static bool TryBefore(string text, Attribution a, QuoteMarks q)
    {
        var start = Clauses.Back(text, q.Open);

        // "X said:" closing the previous paragraph introduces a quote that opens this one.
        if (text.AsSpan(start, q.Open - start).IsWhiteSpace() && start >= 2)
        {
            var prev = start - 1;
            while (prev > 0 && char.IsWhiteSpace(text[prev]))
                prev--;
            if (text[prev] != ':')
                return false;
            start = Clauses.Back(text, prev);
            return TryWindow(text, a, start, prev, AttributionSource.PreviousParagraph);
        }

        return TryWindow(text, a, start, q.Open, AttributionSource.Before);
    }

    private static bool TryWindow(string text, Attribution a, int start, int end, AttributionSource source)
    {
        var hit = Clauses.Last(text, start, end, skipParticiples: true);
        if (!hit.Found)
            return false;
        TextRange speaker;
        if (hit.Forward)
            speaker = Phrases.After(text, hit.Cue.End, end, lenient: true);
        else if ((hit.Class & WordClass.Participle) != 0)
            speaker = Phrases.After(text, start, end, lenient: false);
        else
        {
            speaker = Phrases.Before(text, hit.Cue.Start, start);
            if (speaker.IsNone)
                speaker = SentenceSubject(text, start, hit.Cue.Start);
            if (speaker.IsNone && (hit.Class & WordClass.Invertible) != 0)
                speaker = Phrases.After(text, hit.Cue.End, end, lenient: false);
        }

        if (speaker.IsNone)
            return false;
        a.Speaker = speaker;
        a.Cue = hit.Cue;
        a.Source = source;
        return true;
    }

    /// <summary>"Those in attendance, including …, agreed": a short subject from the clause start to its first comma.</summary>
    public static TextRange SentenceSubject(string text, int start, int cue)
    {
        var s = TextScan.SkipSpaces(text, start, cue);
        var (fs, fe) = TextScan.NextWord(text, s, cue);
        if (fs < 0)
            return TextRange.None;
        if (text.AsSpan(fs, fe - fs) is "But" or "And" or "So" or "Yet")
            s = fe;
        var comma = text.AsSpan(s, cue - s).IndexOfAny(",;:");
        var e = comma < 0 ? cue : s + comma;
        var span = text.AsSpan(s, e - s).Trim();
        if (span.IsEmpty || span.Count(' ') > 5)
            return TextRange.None;
        var lead = s + (text.AsSpan(s, e - s).Length - text.AsSpan(s, e - s).TrimStart().Length);
        return new TextRange(lead, span.Length);
    }

    private static void TryNextSentence(string text, Attribution a, QuoteMarks q)
    {
        var i = TextScan.SkipSpaces(text, q.After, text.Length);
        if (i >= text.Length || text[i] == '\n' || TextScan.IsOpenQuote(text[i]))
            return;
        var end = Clauses.Forward(text, i, Math.Min(text.Length, i + 200));
        var hit = Clauses.First(text, i, end, 8);
        if (!hit.Found || hit.Forward || (hit.Class & WordClass.Participle) != 0)
            return;
        var speaker = Phrases.Before(text, hit.Cue.Start, i);
        if (speaker.IsNone)
            return;
        a.Speaker = speaker;
        a.Cue = hit.Cue;
        a.Source = AttributionSource.NextSentence;
    }

    /// <summary>A second partial quote in the same sentence, or a paragraph of quote after an attributed one, keeps that speaker.</summary>
    private static void Inherit(string text, Attribution prev, Attribution a)
    {
        if (prev.Speaker.IsNone)
            return;
        var gap = text.AsSpan(prev.After, Math.Max(0, a.Open - prev.After));
        var sameSentence = gap.IndexOfAny(".!?\n") < 0 && gap.Length < 80;
        var nextParagraph = a.Kind == QuoteKind.Direct && TextScan.ParagraphStart(text, a.Open) == a.Open
            && gap.Trim().IsEmpty && TextScan.ParagraphEnd(text, prev.After) <= a.Open && text.AsSpan(prev.After, a.Open - prev.After).Count("\n\n") == 1;
        if (!sameSentence && !nextParagraph)
            return;
        a.Speaker = prev.Speaker;
        a.Cue = prev.Cue;
        a.Source = sameSentence ? AttributionSource.SameSentence : AttributionSource.Merged;
    }

    /// <summary>
    /// "…," X said, "…" and "…," X said. "…" are one quote in two parts: the second part has no attribution of its
    /// own and follows right after the first one's attribution clause.
    /// </summary>
    private static bool ShouldMerge(string text, Attribution first, Attribution second)
    {
        if (first.Source != AttributionSource.After || !first.Second.IsNone || second.Kind == QuoteKind.Partial && !char.IsLower(text[second.Start]))
            return false;
        if (second.Source is AttributionSource.After or AttributionSource.NextSentence or AttributionSource.SameSentence or AttributionSource.Merged)
            return false;
        if (second.Source is AttributionSource.Before or AttributionSource.PreviousParagraph && second.Cue != first.Cue)
            return false;
        var clauseEnd = Clauses.Forward(text, first.Cue.End, text.Length);
        var gapStart = clauseEnd < text.Length && text[clauseEnd] is '.' or '!' or '?' ? clauseEnd + 1 : clauseEnd;
        if (second.Open == clauseEnd)
        {
            var tail = Math.Max(first.Cue.End, first.Speaker.End);
            return tail <= second.Open && text.AsSpan(tail, second.Open - tail).Trim() is ",";
        }

        return text.AsSpan(gapStart, Math.Max(0, second.Open - gapStart)).Trim(' ').IsEmpty;
    }
}
