using Parallax.Annotations;

namespace Parallax.Facts;

/// <summary>
/// Speaker phrases around a cue verb, found by walking words: capitalized words, role nouns (official, spokeswoman,
/// statement), name joiners and one determiner. Enough for the subject of a speech verb without a parser.
/// </summary>
internal static class Phrases
{
    private const int MaxWords = 9;

    /// <summary>The phrase that ends right before <paramref name="end"/>: the subject of a cue that follows it.</summary>
    public static TextRange Before(string text, int end, int floor)
    {
        end = SkipBackAdverbs(text, end, floor);
        end = SkipParenthetical(text, end, floor);
        end = SkipBackAdverbs(text, end, floor);
        int s = -1, e = -1, words = 0;
        var pos = end;
        while (words < MaxWords)
        {
            var (ws, we) = TextScan.PrevWord(text, pos, floor);
            if (ws < 0)
                break;
            var w = text.AsSpan(ws, we - ws);
            var cls = Lexicon.Classify(w);
            if (words == 0 && (cls & WordClass.Pronoun) != 0)
                return new TextRange(ws, we - ws);
            var cap = TextScan.IsCapitalized(text, ws, we);
            if ((cls & WordClass.Determiner) != 0)
            {
                if (words > 0)
                    s = ws;
                break;
            }

            var joiner = (cls & WordClass.NameJoin) != 0 && words > 0;
            var function = Function.Is(w);
            var modifier = !cap && !function && cls == WordClass.None
                && (words > 0 ? ModifierFits(text, ws, floor) : DeterminerWithin(text, ws, floor, 3) || BareSubject(text, ws, we, floor));
            if ((function && cap) || !(cap || joiner || modifier || (cls & (WordClass.Role | WordClass.Title)) != 0))
                break;
            if ((cls & (WordClass.Cue | WordClass.Pronoun)) != 0 && !cap)
                break;
            s = ws;
            if (e < 0)
                e = we;
            words++;
            pos = ws;
        }

        if (s < 0)
            return TextRange.None;
        s = OfPhrase(text, s, floor);

        // A phrase cannot start with "of" or "al" left over from a name join.
        while (true)
        {
            var (fs, fe) = TextScan.NextWord(text, s, e);
            if (fs < 0 || (Lexicon.Classify(text.AsSpan(fs, fe - fs)) & WordClass.NameJoin) == 0 || fe >= e)
                break;
            var (ns, _) = TextScan.NextWord(text, fe, e);
            if (ns < 0)
                return TextRange.None;
            s = ns;
        }

        return new TextRange(s, e - s);
    }

    /// <summary>
    /// An unknown lowercase word before a speaker noun or name belongs to the phrase when a determiner or the clause
    /// start comes right before it ("the transport agency", "forecaster Paula Grant").
    /// </summary>
    private static bool ModifierFits(string text, int ws, int floor)
    {
        var (ps, pe) = TextScan.PrevWord(text, ws, floor);
        return ps < 0 || (Lexicon.Classify(text.AsSpan(ps, pe - ps)) & WordClass.Determiner) != 0;
    }

    /// <summary>"auditors said" after a comma or at a clause start: a bare plural noun as the whole subject.</summary>
    private static bool BareSubject(string text, int ws, int we, int floor) =>
        we - ws > 3 && text[we - 1] == 's' && TextScan.PrevWord(text, ws, floor).Start < 0;

    /// <summary>"A spokesman for the railway": a role noun owning the phrase through for/of/at extends it leftwards.</summary>
    private static int OfPhrase(string text, int s, int floor)
    {
        var (ps, pe) = TextScan.PrevWord(text, s, floor);
        if (ps < 0 || text.AsSpan(ps, pe - ps) is not ("for" or "of" or "at" or "from"))
            return s;
        var (rs, re) = TextScan.PrevWord(text, ps, floor);
        if (rs < 0 || (Lexicon.Classify(text.AsSpan(rs, re - rs)) & WordClass.Role) == 0 || TextScan.IsCapitalized(text, rs, re))
            return s;
        var owner = Before(text, re, floor);
        return owner.IsNone ? s : owner.Start;
    }

    /// <summary>"a local fisherman": an unknown noun heads a speaker phrase only when a determiner opens it.</summary>
    private static bool DeterminerWithin(string text, int ws, int floor, int words)
    {
        for (var k = 0; k < words; k++)
        {
            var (ps, pe) = TextScan.PrevWord(text, ws, floor);
            if (ps < 0)
                return false;
            var w = text.AsSpan(ps, pe - ps);
            var cls = Lexicon.Classify(w);
            if ((cls & WordClass.Determiner) != 0)
                return true;
            if (Function.Is(w) || (cls & (WordClass.Cue | WordClass.Pronoun | WordClass.Skippable)) != 0 || char.IsUpper(w[0]))
                return false;
            ws = ps;
        }

        return false;
    }

    /// <summary>The phrase that starts at <paramref name="start"/>: the speaker after an inverted cue or "according to".</summary>
    public static TextRange After(string text, int start, int limit, bool lenient)
    {
        int s = -1, e = -1, words = 0;
        var pos = start;
        while (words < MaxWords)
        {
            var (ws, we) = TextScan.NextWord(text, pos, limit);
            if (ws < 0 || Gap(text, pos, ws))
                break;
            var w = text.AsSpan(ws, we - ws);
            var cls = Lexicon.Classify(w);
            var cap = TextScan.IsCapitalized(text, ws, we);
            if (words == 0 && (cls & WordClass.Pronoun) != 0)
                return new TextRange(ws, we - ws);
            var ok = cap || (cls & (WordClass.Determiner | WordClass.Role | WordClass.Title)) != 0
                || ((cls & WordClass.NameJoin) != 0 && words > 0)
                || (cls == WordClass.None && !Function.Is(w) && NextCapitalized(text, we, limit))
                || (lenient && char.IsLetterOrDigit(w[0]) && (cls & (WordClass.Cue | WordClass.Pronoun)) == 0);
            if (!ok || Function.Is(w) || (words > 0 && (cls & WordClass.Determiner) != 0))
                break;
            if (s < 0)
                s = ws;
            e = we;
            words++;
            pos = we;
        }

        if (s < 0)
            return TextRange.None;

        // Trailing joiners ("of") belong to nothing.
        while (e > s)
        {
            var (ls, le) = TextScan.PrevWord(text, e, s);
            if (ls <= s || (Lexicon.Classify(text.AsSpan(ls, le - ls)) & (WordClass.NameJoin | WordClass.Determiner)) == 0)
                break;
            e = TextScan.PrevWord(text, ls, s).End;
        }

        return e > s ? new TextRange(s, e - s) : TextRange.None;
    }

    /// <summary>
    /// The name inside a speaker phrase: the trailing run of capitalized words that are not titles
    /// ("US Secretary of State John Kerry" gives "John Kerry"). None when the phrase ends in a role noun.
    /// </summary>
    public static TextRange Head(string text, TextRange phrase)
    {
        var end = phrase.End;
        var (ls, le) = TextScan.PrevWord(text, end, phrase.Start);
        if (ls < 0 || !TextScan.IsCapitalized(text, ls, le))
            return TextRange.None;
        int s = ls, e = le, pos = ls;
        var allTitles = (Lexicon.Classify(text.AsSpan(ls, le - ls)) & WordClass.Title) != 0;
        while (true)
        {
            var (ws, we) = TextScan.PrevWord(text, pos, phrase.Start);
            if (ws < 0)
                break;
            var w = text.AsSpan(ws, we - ws);
            var cls = Lexicon.Classify(w);
            if (!TextScan.IsCapitalized(text, ws, we) || (cls & WordClass.Determiner) != 0)
                break;
            var title = (cls & WordClass.Title) != 0;
            if (title && !allTitles)
                break;
            allTitles &= title;
            s = ws;
            pos = ws;
        }

        return allTitles ? TextRange.None : new TextRange(s, e - s);
    }

    /// <summary>The last word of a phrase, lowercased for role matching ("the secretary" gives "secretary").</summary>
    public static string LastWord(string text, TextRange phrase)
    {
        var (s, e) = TextScan.PrevWord(text, phrase.End, phrase.Start);
        return s < 0 ? string.Empty : text.AsSpan(s, e - s).ToString().ToLowerInvariant();
    }

    private static bool NextCapitalized(string text, int end, int limit)
    {
        var (s, e) = TextScan.NextWord(text, end, limit);
        return s == end + 1 && TextScan.IsCapitalized(text, s, e);
    }

    private static bool Gap(string text, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (text[i] is ',' or ';' or ':' or '(' or ')' or '\n' or '\u2014' or '\u2013' or '.' && !(text[i] == '.' && i > 0 && char.IsLetter(text[i - 1]) && i == from))
                return true;
        }

        return false;
    }

    private static int SkipBackAdverbs(string text, int end, int floor)
    {
        while (true)
        {
            var (ws, we) = TextScan.PrevWord(text, end, floor);
            if (ws < 0)
                return end;
            var w = text.AsSpan(ws, we - ws);
            var cls = Lexicon.Classify(w);
            var adverb = (cls & (WordClass.Skippable | WordClass.Weekday)) != 0
                || (w.Length > 4 && w.EndsWith("ly") && char.IsLower(w[0]))
                || ((cls & WordClass.TimeWord) != 0 && char.IsLower(w[0]))
                || (w is "week" or "month" or "year" or "night" or "morning" or "afternoon" or "evening");
            if (!adverb)
                return end;
            end = ws;
        }
    }

    /// <summary>Jumps back over ", speaking on condition of anonymity," or ", including China, Russia," between subject and verb.</summary>
    private static int SkipParenthetical(string text, int end, int floor)
    {
        var i = end;
        while (i > floor && text[i - 1] == ' ')
            i--;
        if (i <= floor || text[i - 1] != ',')
            return end;
        for (var j = i - 2; j > floor; j--)
        {
            var c = text[j];
            if (c is '.' or '\n' or ';' || TextScan.IsDoubleQuoteMark(c))
                return end;
            if (c != ',')
                continue;
            var (ws, we) = TextScan.NextWord(text, j + 1, i);
            if (ws < 0)
                continue;
            var w = text.AsSpan(ws, we - ws);
            if (w.EndsWith("ing") || w is "who" or "which" or "including" or "according" or "like" or "such")
                return j;
        }

        return end;
    }
}
