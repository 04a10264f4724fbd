namespace Parallax.Events;

/// <summary>A matched pattern: head token, one past its last matched word, and the pattern.</summary>
internal readonly record struct Trigger(int Head, int End, EventPattern Pattern);

/// <summary>Finds the trigger patterns of a sentence, longest first, deciding verb or noun reading from tags or context.</summary>
internal static class Triggers
{
    private const int MaxGap = 4;

    public static void Find(CodingContext c, int s0, int s1, List<Trigger> found)
    {
        found.Clear();
        Span<int> literals = stackalloc int[16];
        for (var k = s0; k < s1; k++)
        {
            if (c.Consumed[k] || c.Entries[k] is not { Heads.Count: > 0 } e || c.ActorAt[k] >= 0)
                continue;
            var (verbOk, nounOk, nounFirst) = Reading(c, k, s0, s1);
            if (!verbOk && !nounOk)
                continue;
            Trigger? best = null;
            var bestLiterals = 0;
            for (var pass = 0; pass < 2 && best is null; pass++)
            {
                var kind = (pass == 0) != nounFirst ? PatternKind.Verb : PatternKind.Noun;
                if ((kind == PatternKind.Verb && !verbOk) || (kind == PatternKind.Noun && !nounOk))
                    continue;
                foreach (var h in e.Heads)
                {
                    if (h.Pattern.Kind != kind)
                        continue;
                    var n = Match(c, h, k, s1, literals, out var end);
                    if (n < 0)
                        continue;
                    best = new Trigger(k, end, h.Pattern);
                    bestLiterals = n;
                    break;
                }
            }

            if (best is not { } t)
                continue;
            found.Add(t);
            // The words a match used are spent: "forces" in "join forces" is neither a target nor another trigger.
            for (var i = 0; i < bestLiterals; i++)
                c.Consumed[literals[i]] = true;
        }
    }

    /// <summary>Whether the head at k may be read as a verb, as a noun, or both.</summary>
    private static (bool Verb, bool Noun, bool NounFirst) Reading(CodingContext c, int k, int s0, int s1)
    {
        switch (c.Tag(k))
        {
            case "VERB":
                return (true, false, false);
            case "NOUN":
                return (false, true, true);
            case "PROPN" or "ADJ" or "ADV" or "ADP" or "DET" or "PRON" or "AUX" or "NUM" or "CCONJ" or "SCONJ" or "PART" or "PUNCT" or "SYM":
                return (false, false, false);
        }

        var w = c.Word(k);
        var initial = k == s0 || c.Has(k - 1, W.Punctuation);
        if (char.IsUpper(w[0]) && !initial)
            return (false, false, false);
        if (k > s0)
        {
            var prev = c.Word(k - 1);
            if (Inflections.Same(prev, "to"))
                return (true, false, false);
            if (c.Has(k - 1, W.Determiner))
                return (false, true, true);
        }

        // "attack on", "killing of" read as nouns first, but "called on" and "protested against" are still verbs.
        var nounFirst = false;
        if (k + 1 < s1)
        {
            var next = c.Word(k + 1);
            nounFirst = Inflections.Same(next, "of") || Inflections.Same(next, "on") || Inflections.Same(next, "against");
        }

        return (true, true, nounFirst);
    }

    /// <summary>Matches the words after the head; returns how many literal positions it wrote (head included), or -1.</summary>
    private static int Match(CodingContext c, HeadEntry h, int k, int s1, Span<int> literals, out int end)
    {
        end = k + 1;
        var n = 0;
        literals[n++] = k;
        var j = k + 1;
        foreach (var w in h.HeadRest)
        {
            if (j >= s1 || !Inflections.Matches(c.Word(j), w))
                return -1;
            literals[n++] = j++;
        }

        var segments = h.Pattern.Segments;
        var gap = false;
        for (var s = 1; s < segments.Length; s++)
        {
            var alts = segments[s];
            if (alts.Length == 0)
            {
                gap = true;
                continue;
            }

            var limit = gap ? Math.Min(s1, j + MaxGap + 1) : Math.Min(s1, j + 1);
            var matched = -1;
            for (var p = j; p < limit && matched < 0; p++)
            {
                var word = c.Word(p);
                if (word is ";" or ":" or "." || (gap && c.Has(p, W.Clause)))
                    break;
                foreach (var alt in alts)
                {
                    var len = MatchAlternative(c, alt, p, s1);
                    if (len > 0 && n + len <= literals.Length)
                    {
                        for (var q = 0; q < len; q++)
                            literals[n++] = p + q;
                        matched = p + len;
                        break;
                    }
                }
            }

            if (matched < 0)
                return -1;
            j = matched;
            gap = false;
        }

        end = j;
        return n;
    }

    private static int MatchAlternative(CodingContext c, string alt, int p, int s1)
    {
        var len = 0;
        var rest = alt.AsSpan();
        while (true)
        {
            var u = rest.IndexOf('_');
            var word = u < 0 ? rest : rest[..u];
            if (p + len >= s1 || !MatchesWord(c.Word(p + len), word))
                return 0;
            len++;
            if (u < 0)
                return len;
            rest = rest[(u + 1)..];
        }
    }

    private static bool MatchesWord(ReadOnlySpan<char> token, ReadOnlySpan<char> word)
    {
        if (Inflections.Same(token, word))
            return true;
        if (token.Length == word.Length + 1 && token[^1] is 's' or 'S')
            return Inflections.Same(token[..^1], word);
        return token.Length == word.Length + 2 && token.EndsWith("es", StringComparison.OrdinalIgnoreCase) && Inflections.Same(token[..^2], word);
    }
}
