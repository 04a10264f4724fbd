using System.Buffers;
using Parallax.Annotations;

namespace Parallax.Facts;

/// <summary>
/// Numeric claims: a number or range, its unit, what it counts, the frame of the count and who asserts it.
/// Years, dates, clock times, durations and numbers inside names are not claims.
/// </summary>
internal static class ClaimFinder
{
    public static List<Claim> Find(string text, List<Attribution> quotes, string? outlet)
    {
        using var words = WordRuns.Scan(text);
        return Find(text, words, quotes, outlet);
    }

    /// <summary>
    /// A number starts at a run of letters and digits (digits, or a number word) or at a currency sign right before
    /// digits; anything inside a run after its first character is never one, so only run starts are tried.
    /// </summary>
    public static List<Claim> Find(string text, WordRuns words, List<Attribution> quotes, string? outlet)
    {
        var claims = new List<Claim>();
        string? lastFrame = null;
        var lastFrameEnd = -1;
        var i = 0;
        foreach (var run in words.Items)
        {
            if (run.Start < i)
                continue;
            var s = run.Start;
            var digit = char.IsDigit(text[s]);
            if (digit && s > 0 && s - 1 >= i && text[s - 1] is '$' or '\u20AC' or '\u00A3')
                i = TryAt(text, words, s - 1, quotes, outlet, claims, ref lastFrame, ref lastFrameEnd);
            if (s < i)
                continue;
            var candidate = digit || (run.Letters ? (run.Class & WordClass.NumberWord) != 0 : IsNumberWord(WordAt(text, s)));
            if (candidate)
                i = TryAt(text, words, s, quotes, outlet, claims, ref lastFrame, ref lastFrameEnd);
        }

        return claims;
    }

    /// <summary>Tries a claim at a candidate start; returns where the search goes on.</summary>
    private static int TryAt(string text, WordRuns words, int i, List<Attribution> quotes, string? outlet, List<Claim> claims, ref string? lastFrame, ref int lastFrameEnd)
    {
        if (i > 0 && (char.IsLetterOrDigit(text[i - 1]) || text[i - 1] is '.' or ',' && i > 1 && char.IsDigit(text[i - 2])))
            return SkipWord(text, i);
        var n = NumberParser.Parse(text, i, text.Length);
        if (n is not { } num)
            return SkipWord(text, i);
        var claim = Build(text, words, num, quotes, outlet, ref lastFrame, ref lastFrameEnd);
        if (claim is { } c)
        {
            claims.Add(c);
            return Math.Max(c.Start + c.Length, num.End);
        }

        return Math.Max(num.End, i + 1);
    }

    private static Claim? Build(string text, WordRuns words, ParsedNumber num, List<Attribution> quotes, string? outlet, ref string? lastFrame, ref int lastFrameEnd)
    {
        if (IsNotAClaim(text, num))
            return null;
        var start = num.Start;
        var end = num.End;
        var value = num.Value;
        double? high = null;
        var currency = num.Currency;

        // "between 20,000 and 31,000", "20 to 30", "20,000-31,000"
        var (ps, pe) = TextScan.PrevWord(text, start, Math.Max(0, start - 20));
        var between = ps >= 0 && text.AsSpan(ps, pe - ps) is "between" or "Between";
        var (ns, ne) = TextScan.NextWord(text, end, Math.Min(text.Length, end + 8));
        var joiner = ns >= 0 ? text.AsSpan(ns, ne - ns) : default;
        var dash = end < text.Length && text[end] is '-' or '\u2013' && end + 1 < text.Length && char.IsDigit(text[end + 1]);
        if ((between && joiner is "and") || joiner is "to" || dash)
        {
            var at = dash ? end + 1 : TextScan.SkipSpaces(text, ne, text.Length);
            if (at < text.Length && NumberParser.Parse(text, at, text.Length) is { } hi && hi.Value > value)
            {
                high = hi.Value;
                currency ??= hi.Currency;
                end = hi.End;
                if (between)
                    start = ps;
            }
        }

        var unit = currency;
        var after = TextScan.SkipSpaces(text, end, text.Length);
        if (after < text.Length && text[after] == '%')
        {
            unit = "percent";
            end = after + 1;
        }
        else
        {
            var (us, ue) = TextScan.NextWord(text, end, text.Length);
            var w = us >= 0 ? text.AsSpan(us, ue - us) : default;
            if (w is "percent" or "pct")
            {
                unit = "percent";
                end = ue;
            }
            else if (w is "dollars" or "euros" or "pounds")
            {
                unit = w is "dollars" ? "USD" : w is "euros" ? "EUR" : "GBP";
                end = ue;
            }
        }

        if (unit is "USD" or "EUR" or "GBP" && Rate(text, end) is { } rate)
        {
            unit += "/" + rate.Period;
            end = rate.End;
        }

        // "10 of which are Arab states": a part of the count just before it, in the same frame.
        string? counted;
        string? frame = null;
        var ofWhich = OfWhich(text, end);
        if (ofWhich.Counted is not null)
        {
            counted = ofWhich.Counted;
            if (lastFrameEnd >= 0 && start - lastFrameEnd < 40)
                frame = lastFrame;
        }
        else
        {
            counted = unit is null ? Counted(text, end, out _) : null;
        }

        if (unit is null && counted is null)
            return null;
        if (unit is null && counted is "years" or "year" or "days" or "day" or "weeks" or "week" or "months" or "month" or "hours" or "minutes" or "decades" or "times")
            return null;
        frame ??= FrameNear(text, words, start, end);
        lastFrame = frame;
        lastFrameEnd = end;
        return new Claim(start, end - start, value, high, unit, counted, frame, AssertedBy(text, start, quotes) ?? outlet);
    }

    /// <summary>Years, dates, clock times, ordinals, lone "one"/"a", and numbers that are part of a name ("Highway 530").</summary>
    private static bool IsNotAClaim(string text, ParsedNumber n)
    {
        var span = text.AsSpan(n.Start, n.End - n.Start);
        if (n.Currency is null && span.Length == 4 && char.IsDigit(span[0]) && n.Value is >= 1800 and <= 2100)
            return true;
        if (n.End < text.Length && text[n.End] == ':' && n.End + 1 < text.Length && char.IsDigit(text[n.End + 1]))
            return true;
        if (n.Value == 1 && n.Currency is null)
            return true;
        var (ps, pe) = TextScan.PrevWord(text, n.Start, Math.Max(0, n.Start - 24));
        if (ps >= 0)
        {
            var prev = text.AsSpan(ps, pe - ps);
            if ((Lexicon.Classify(prev) & (WordClass.Month | WordClass.Weekday)) != 0 && char.IsUpper(prev[0]))
                return true;
            if (n.Currency is null && char.IsDigit(span[0]) && TextScan.IsCapitalized(text, ps, pe) && !Function.Is(prev) && !IsSentenceStart(text, ps))
                return true;
        }

        return false;
    }

    private static bool IsSentenceStart(string text, int pos)
    {
        var back = Clauses.Back(text, pos);
        return back >= pos - 1 || text.AsSpan(back, pos - back).IsWhiteSpace();
    }

    private static (string Period, int End)? Rate(string text, int end)
    {
        var (s, e) = TextScan.NextWord(text, end, text.Length);
        if (s < 0 || text.AsSpan(s, e - s) is not ("a" or "per" or "each" or "every"))
            return null;
        var (ps, pe) = TextScan.NextWord(text, e, text.Length);
        return ps < 0 ? null : text.AsSpan(ps, pe - ps) switch
        {
            "day" => ("day", pe),
            "week" => ("week", pe),
            "month" => ("month", pe),
            "year" => ("year", pe),
            _ => null,
        };
    }

    private static (string? Counted, int End) OfWhich(string text, int end)
    {
        var (s, e) = TextScan.NextWord(text, end, text.Length);
        if (s < 0 || text.AsSpan(s, e - s) is not "of")
            return (null, end);
        var (ws, we) = TextScan.NextWord(text, e, text.Length);
        if (ws < 0 || text.AsSpan(ws, we - ws) is not ("which" or "whom" or "them"))
            return (null, end);
        var (vs, ve) = TextScan.NextWord(text, we, text.Length);
        if (vs < 0 || text.AsSpan(vs, ve - vs) is not ("are" or "were" or "is" or "was"))
            return (null, end);
        return (Counted(text, ve, out var ce), ce);
    }

    /// <summary>What is counted: the words after the number up to and including the first plural noun, at most four.</summary>
    private static string? Counted(string text, int end, out int countedEnd)
    {
        countedEnd = end;
        var pos = end;
        var first = -1;
        for (var k = 0; k < 4; k++)
        {
            var (s, e) = TextScan.NextWord(text, pos, text.Length);
            if (s < 0 || s - pos > 1 || (pos < text.Length && text[pos] != ' '))
                return null;
            var w = text.AsSpan(s, e - s);
            var cls = Lexicon.Classify(w);
            if (Function.Is(w) || (cls & (WordClass.Cue | WordClass.Determiner | WordClass.Pronoun | WordClass.NumberWord)) != 0 || char.IsDigit(w[0]))
                return null;
            if (first < 0)
                first = s;
            if ((w.Length > 2 && w[^1] == 's' && w[^2] != '\'' && w[^2] != 's' && !w.EndsWith("\u2019s")) || IrregularPlural(w))
            {
                countedEnd = e;
                return text.Substring(first, e - first);
            }

            if (k == 0 && (Lexicon.Classify(w) & WordClass.UnitWord) != 0)
            {
                countedEnd = e;
                return w.ToString();
            }

            pos = e;
        }

        return null;
    }

    /// <summary>The nearest frame trigger in the sentence, words inside the count winning ties; none when the sentence has no trigger.</summary>
    private static string? FrameNear(string text, WordRuns words, int start, int end)
    {
        var from = Clauses.Back(text, start);
        var to = Clauses.Forward(text, end, Math.Min(text.Length, end + 300));
        string? best = null;
        var bestDistance = int.MaxValue;
        var pos = from;
        var runs = words.Items;
        for (var k = words.FirstAtOrAfter(from); k < runs.Length && runs[k].Start < to; k++)
        {
            // Words start where runs start; only a run joined to what follows ("death-toll") or cut by the window
            // needs the word built out.
            var run = runs[k];
            if (run.Start < pos)
                continue;
            var (s, e) = run.End < to && !TextScan.IsWordChar(text[run.End]) ? (run.Start, run.End) : TextScan.NextWord(text, run.Start, to);
            pos = e;
            var f = Frames.Of(text.AsSpan(s, e - s));
            if (f is null)
                continue;
            var distance = s >= end ? s - end : start - e;
            if (distance < bestDistance)
            {
                best = f;
                bestDistance = distance;
            }
        }

        return best;
    }

    /// <summary>The speaker of the quote or reported clause the number is in, else an "according to" source in its sentence.</summary>
    private static string? AssertedBy(string text, int pos, List<Attribution> quotes)
    {
        foreach (var q in quotes)
        {
            if (q.Covers(pos) && !q.Speaker.IsNone)
                return q.Actor?.Name ?? text.Substring(q.Speaker.Start, q.Speaker.Length);
        }

        var from = Clauses.Back(text, pos);
        var to = Clauses.Forward(text, pos, Math.Min(text.Length, pos + 400));
        var sentence = text.AsSpan(from, to - from);
        if (!sentence.ContainsAny(SourceMarkers))
            return null;
        foreach (var marker in (ReadOnlySpan<string>)["according to ", "by count of ", "by the count of "])
        {
            var k = sentence.IndexOf(marker, StringComparison.OrdinalIgnoreCase);
            if (k < 0)
                continue;
            var sp = Phrases.After(text, from + k + marker.Length, to, lenient: true);
            if (!sp.IsNone)
                return text.Substring(sp.Start, sp.Length);
        }

        return null;
    }

    // One scan for all three markers; most sentences have none, and the loop below keeps their order of preference.
    private static readonly SearchValues<string> SourceMarkers =
        SearchValues.Create(["according to ", "by count of ", "by the count of "], StringComparison.OrdinalIgnoreCase);

    private static readonly WordFilter NumberWords = Lexicon.Filter(WordClass.NumberWord);

    private static bool IsNumberWord(ReadOnlySpan<char> w) => NumberWords.MayBe(w) && (Lexicon.Classify(w) & WordClass.NumberWord) != 0;

    private static bool IrregularPlural(ReadOnlySpan<char> w) =>
        w is "people" or "children" or "men" or "women" or "police" or "staff" or "personnel" or "cattle" or "sheep" or "civilians";

    private static ReadOnlySpan<char> WordAt(string text, int i)
    {
        var e = i;
        while (e < text.Length && char.IsLetter(text[e]))
            e++;
        return text.AsSpan(i, e - i);
    }

    private static int SkipWord(string text, int i)
    {
        if (!char.IsLetterOrDigit(text[i]))
            return i + 1;
        while (i < text.Length && char.IsLetterOrDigit(text[i]))
            i++;
        return i;
    }
}
