using System.Globalization;
using Parallax.Annotations;

namespace Parallax.Facts;

/// <summary>
/// Time expressions. Each keeps a machine-readable relative form (see docs/facts.md) and is dated only from an
/// explicit date in the text or from the publication date; without one, Date stays null.
/// </summary>
public static class TimeFinder
{
    private static readonly WordFilter Candidates = Lexicon.Filter(WordClass.Weekday | WordClass.Month | WordClass.TimeWord | WordClass.NumberWord);

    public static TimeExpression[] Find(string text, DateOnly? published)
    {
        using var words = WordRuns.Scan(text);
        return Find(text, words, published);
    }

    internal static TimeExpression[] Find(string text, WordRuns words, DateOnly? published)
    {
        var found = new List<TimeExpression>();
        var pos = 0;
        foreach (var run in words.Items)
        {
            if (run.End <= pos)
                continue;

            // A match can end inside a run ("22nd" read as 22); the search goes on from there with the rest of the run.
            var s = Math.Max(run.Start, pos);
            var e = run.End;
            pos = e;
            WordClass cls;
            if (char.IsDigit(text[s]))
            {
                cls = WordClass.None;
            }
            else
            {
                var w = text.AsSpan(s, e - s);
                if (s == run.Start && run.Letters)
                    cls = run.Class;
                else if (Candidates.MayBe(w))
                    cls = Lexicon.Classify(w);
                else
                    continue;
                if ((cls & (WordClass.Weekday | WordClass.Month | WordClass.TimeWord | WordClass.NumberWord)) == 0)
                    continue;
            }

            var hit = Match(text, s, e, cls);
            if (hit is not { } h)
                continue;
            found.Add(new TimeExpression(h.Start, h.End - h.Start, h.Date, h.Relative));
            pos = Math.Max(pos, h.End);
        }

        return Anchor([.. found], published);
    }

    /// <summary>Dates every relative expression against an anchor date, now that one is known; absolute ones stay as they are.</summary>
    public static TimeExpression[] Anchor(TimeExpression[] times, DateOnly? anchor)
    {
        DateOnly? previous = null;
        for (var i = 0; i < times.Length; i++)
        {
            var t = times[i];
            var date = t.Date;
            if (t.Relative is { } rel && anchor is { } a)
                date = Resolve(rel, a, previous) ?? (rel.StartsWith("date:", StringComparison.Ordinal) ? t.Date : null);
            times[i] = t with { Date = date };
            if (date is not null)
                previous = date;
        }

        return times;
    }

    private readonly record struct Hit(int Start, int End, DateOnly? Date, string? Relative);

    private static Hit? Match(string text, int s, int e, WordClass cls)
    {
        var w = text.AsSpan(s, e - s);
        // Lowercased on the stack: every keyword below is short, so a longer word simply matches none of them.
        Span<char> lowerBuffer = stackalloc char[MaxKeyword];
        ReadOnlySpan<char> lower = Lower(w, lowerBuffer);
        var (ns, ne) = TextScan.NextWord(text, e, text.Length);
        Span<char> nextBuffer = stackalloc char[MaxKeyword];
        ReadOnlySpan<char> next = ns >= 0 && ns - e <= 2 ? Lower(text.AsSpan(ns, ne - ns), nextBuffer) : default;
        if ((cls & WordClass.Month) != 0 && char.IsUpper(w[0]) && lower.Length >= 3)
            return MonthAt(text, s);
        if ((cls & WordClass.Weekday) != 0 && char.IsUpper(w[0]))
        {
            // "Friday, March 22, 2024" is one date; otherwise a weekday is past unless the clause speaks of the future.
            var after = TextScan.SkipSpaces(text, e + (e < text.Length && text[e] == ',' ? 1 : 0), text.Length);
            if (after < text.Length && MonthAt(text, after) is { } md && md.Date is not null)
                return md with { Start = s };
            var future = Future(text, s);
            var start = Preposition(text, s, "on", "since", "by", "until", "before", "after", "from", "last");
            return new Hit(start, e, null, $"weekday:{lower[..3]}{(future ? '+' : '-')}");
        }

        switch (lower)
        {
            case "yesterday":
                return new Hit(s, e, null, "day-1");
            case "today" or "tonight":
                return new Hit(s, e, null, "day+0");
            case "tomorrow":
                return new Hit(s, e, null, "day+1");
            case "weekend" when PrevIs(text, s, "the"):
                return new Hit(PrevStart(text, s), e, null, Future(text, s) ? "weekend+" : "weekend-");
        }

        if (lower is "last" or "next" or "this" or "past" or "following" or "coming" or "previous")
        {
            if (next is "week" or "month" or "year")
            {
                var sign = lower switch { "last" or "previous" or "past" => "-1", "next" or "coming" => "+1", "this" => "+0", _ => "+1" };
                var start = lower is "following" or "previous" && PrevIs(text, s, "the") ? PrevStart(text, s) : s;
                var rel = lower is "following" ? string.Concat("following:", next) : string.Concat(next, sign);
                return new Hit(start, ne, null, rel);
            }

            if (lower is "past" or "last" && Quantity(text, e) is { } q)
            {
                var st = PrevIs(text, s, "the") ? PrevStart(text, s) : s;
                st = Preposition(text, st, "in", "over", "during");
                return new Hit(st, q.End, null, "past:" + q.Period);
            }

            if (lower is "coming" && next is "days" or "weeks" or "months")
                return new Hit(PrevIs(text, s, "the") ? PrevStart(text, s) : s, ne, null, string.Concat("coming:", next));
            return null;
        }

        // "10 days ago", "one week ago", "2024-03-22"
        if (char.IsDigit(w[0]) && e - s == 4 && e + 6 <= text.Length && text[e] == '-'
            && DateOnly.TryParseExact(text.AsSpan(s, 10), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var iso))
            return new Hit(s, s + 10, iso, null);
        if (Quantity(text, s) is { } ago && TextScan.NextWord(text, ago.End, text.Length) is var (gs, ge) && gs >= 0 && gs - ago.End <= 1
            && text.AsSpan(gs, ge - gs) is "ago")
            return new Hit(s, ge, null, "ago:" + ago.Period);
        return null;
    }

    /// <summary>"March 22, 2024", "March 22" and "22 March 2024" (the day before the month is matched when the month is found).</summary>
    private static Hit? MonthAt(string text, int s)
    {
        var (ms, me) = TextScan.NextWord(text, s, text.Length);
        if (ms != s)
            return null;
        var m = MonthNumber(text.AsSpan(ms, me - ms));
        if (m == 0)
            return null;
        var i = me < text.Length && text[me] == '.' ? me + 1 : me;
        i = TextScan.SkipSpaces(text, i, text.Length);
        var day = Digits(text, i, 2, out var de);
        var start = s;
        if (day == 0)
        {
            // "22 March 2024"
            var back = s - 1;
            while (back > 0 && text[back - 1] == ' ')
                back--;
            var ds = back;
            while (ds > 0 && char.IsDigit(text[ds - 1]))
                ds--;
            if (back - ds is 1 or 2 && back < s)
            {
                day = int.Parse(text.AsSpan(ds, back - ds), CultureInfo.InvariantCulture);
                start = ds;
                de = me;
            }
            else
            {
                return null;
            }
        }

        if (day is < 1 or > 31)
            return null;
        var yi = TextScan.SkipSpaces(text, de < text.Length && text[de] == ',' ? de + 1 : de, text.Length);
        var year = Digits(text, yi, 4, out var ye);
        if (year is >= 1800 and <= 2200 && ye - yi == 4)
            return Valid(year, m, day) is { } d ? new Hit(start, ye, d, null) : null;
        return new Hit(start, de, null, $"date:--{m:00}-{day:00}");
    }

    private static DateOnly? Valid(int y, int m, int d) => d <= DateTime.DaysInMonth(y, m) ? new DateOnly(y, m, d) : null;

    private static int MonthNumber(ReadOnlySpan<char> w)
    {
        ReadOnlySpan<string> names = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
        if (w.Length < 3 || !char.IsUpper(w[0]) || (Lexicon.Classify(w) & WordClass.Month) == 0)
            return 0;
        for (var k = 0; k < names.Length; k++)
        {
            if (w[..3].Equals(names[k], StringComparison.OrdinalIgnoreCase))
                return k + 1;
        }

        return 0;
    }

    private static int Digits(string text, int i, int max, out int end)
    {
        end = i;
        var v = 0;
        while (end < text.Length && char.IsDigit(text[end]) && end - i < max)
            v = v * 10 + (text[end++] - '0');
        if (end < text.Length && char.IsLetterOrDigit(text[end]) && !(text.AsSpan(end).StartsWith("st") || text.AsSpan(end).StartsWith("nd") || text.AsSpan(end).StartsWith("rd") || text.AsSpan(end).StartsWith("th")))
            return 0;
        if (end < text.Length && char.IsLetter(text[end]))
            end += 2;
        return v;
    }

    /// <summary>"10 years", "two weeks" as an ISO-8601 period.</summary>
    private static (string Period, int End)? Quantity(string text, int s)
    {
        var n = NumberParser.Parse(text, TextScan.SkipSpaces(text, s, text.Length), text.Length);
        int valueEnd;
        double value;
        if (n is { } num && num.Currency is null)
        {
            value = num.Value;
            valueEnd = num.End;
        }
        else
        {
            value = 1;
            valueEnd = s;
        }

        var (us, ue) = TextScan.NextWord(text, valueEnd, text.Length);
        if (us < 0 || us - valueEnd > 1)
            return null;
        var unit = text.AsSpan(us, ue - us) switch
        {
            "day" or "days" => 'D',
            "week" or "weeks" => 'W',
            "month" or "months" => 'M',
            "year" or "years" => 'Y',
            "decade" or "decades" => 'X',
            _ => ' ',
        };
        if (unit == ' ' || value <= 0 || value > 1000)
            return null;
        var count = (int)value;
        return unit == 'X' ? ($"P{count * 10}Y", ue) : ($"P{count}{unit}", ue);
    }

    /// <summary>Resolves a relative form against an anchor (the publication date) and the previous dated expression.</summary>
    public static DateOnly? Resolve(string relative, DateOnly anchor, DateOnly? previous)
    {
        var r = relative.AsSpan();
        if (r.StartsWith("day"))
            return anchor.AddDays(int.Parse(r[3..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture));
        if (r.StartsWith("weekday:"))
        {
            var target = Array.IndexOf(["sun", "mon", "tue", "wed", "thu", "fri", "sat"], r[8..11].ToString());
            var delta = target - (int)anchor.DayOfWeek;
            if (r[^1] == '-')
                return anchor.AddDays(delta > 0 ? delta - 7 : delta);
            return anchor.AddDays(delta < 0 ? delta + 7 : delta);
        }

        if (r.StartsWith("weekend"))
        {
            var toSat = 6 - (int)anchor.DayOfWeek;
            return r[^1] == '-' ? anchor.AddDays(toSat - 7) : anchor.AddDays(toSat);
        }

        if (r.StartsWith("week") || r.StartsWith("following:week"))
        {
            var basis = r.StartsWith("following") ? previous ?? anchor : anchor;
            var monday = basis.AddDays(-(((int)basis.DayOfWeek + 6) % 7));
            var k = r.StartsWith("following") ? 1 : int.Parse(r[4..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            return monday.AddDays(7 * k);
        }

        if (r.StartsWith("month") || r.StartsWith("following:month"))
        {
            var basis = r.StartsWith("following") ? previous ?? anchor : anchor;
            var k = r.StartsWith("following") ? 1 : int.Parse(r[5..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            return new DateOnly(basis.Year, basis.Month, 1).AddMonths(k);
        }

        if (r.StartsWith("year") || r.StartsWith("following:year"))
        {
            var basis = r.StartsWith("following") ? previous ?? anchor : anchor;
            var k = r.StartsWith("following") ? 1 : int.Parse(r[4..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            return new DateOnly(basis.Year + k, 1, 1);
        }

        if (r.StartsWith("ago:") || r.StartsWith("past:"))
            return Minus(anchor, r[(r.IndexOf(':') + 1)..]);
        if (r.StartsWith("date:--"))
            return Valid(anchor.Year, int.Parse(r[7..9], CultureInfo.InvariantCulture), int.Parse(r[10..12], CultureInfo.InvariantCulture));
        return null;
    }

    private static DateOnly Minus(DateOnly anchor, ReadOnlySpan<char> period)
    {
        var n = int.Parse(period[1..^1], CultureInfo.InvariantCulture);
        return period[^1] switch
        {
            'D' => anchor.AddDays(-n),
            'W' => anchor.AddDays(-7 * n),
            'M' => anchor.AddMonths(-n),
            _ => anchor.AddYears(-n),
        };
    }

    /// <summary>Future tense near the expression ("will meet … on Friday", "set to", "next").</summary>
    private static bool Future(string text, int s)
    {
        var from = Math.Max(Clauses.Back(text, s), s - 120);
        var clause = text.AsSpan(from, s - from);
        return clause.Contains(" will ", StringComparison.Ordinal) || clause.Contains("set to ", StringComparison.Ordinal)
            || clause.Contains(" plans ", StringComparison.Ordinal) || clause.Contains(" would ", StringComparison.Ordinal) || clause.Contains("scheduled", StringComparison.Ordinal)
            || clause.Contains("expected to", StringComparison.Ordinal) || clause.Contains(" is to ", StringComparison.Ordinal);
    }

    private const int MaxKeyword = 16;

    /// <summary>The word lowercased into <paramref name="buffer"/>, or empty when it is too long to be any keyword.</summary>
    private static ReadOnlySpan<char> Lower(ReadOnlySpan<char> word, Span<char> buffer) =>
        word.Length <= buffer.Length ? buffer[..word.ToLowerInvariant(buffer)] : default;

    /// <summary>Whether the word before <paramref name="s"/>, lowercased, is <paramref name="word"/>.</summary>
    private static bool PrevIs(string text, int s, string word)
    {
        var (ps, pe) = TextScan.PrevWord(text, s, Math.Max(0, s - 20));
        if (ps < 0 || pe - ps != word.Length)
            return false;
        Span<char> buffer = stackalloc char[MaxKeyword];
        return Lower(text.AsSpan(ps, pe - ps), buffer).SequenceEqual(word);
    }

    private static int PrevStart(string text, int s) => TextScan.PrevWord(text, s, Math.Max(0, s - 20)).Start;

    /// <summary>Includes a leading "on"/"in" in the expression ("on Friday").</summary>
    private static int Preposition(string text, int s, params ReadOnlySpan<string> preps)
    {
        var (ps, pe) = TextScan.PrevWord(text, s, Math.Max(0, s - 20));
        if (ps < 0)
            return s;
        Span<char> buffer = stackalloc char[MaxKeyword];
        var prev = Lower(text.AsSpan(ps, pe - ps), buffer);
        foreach (var x in preps)
        {
            if (prev.SequenceEqual(x))
                return ps;
        }

        return s;
    }
}
