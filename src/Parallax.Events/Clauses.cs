using Parallax.Annotations;

namespace Parallax.Events;

/// <summary>A source or target: a coordinated group of actors in the sentence, or an actor found earlier (a pronoun's referent).</summary>
internal readonly record struct Party(int Group, PastActor? Past)
{
    public static readonly Party None = new(-1, null);

    public bool IsNone => Group < 0 && Past is null;
}

/// <summary>Where subjects, objects and speakers are, read from word order around a trigger.</summary>
internal static class Clauses
{
    /// <summary>The nearest subject-like actor left of a position: not after a preposition, not a verb's object.</summary>
    public static Party FindSubject(CodingContext c, int from, int s0, PastActor? speaker)
    {
        if (from < s0)
            return Party.None;
        var quote = c.QuoteAt(c.Tokens[from].Start);
        for (var j = from; j >= s0; j--)
        {
            var inQuote = c.QuoteAt(c.Tokens[j].Start);
            if (quote >= 0 && inQuote != quote)
                break;
            if (quote < 0 && inQuote >= 0)
                continue;
            var ai = c.ActorAt[j];
            if (ai >= 0)
            {
                var a = c.Actors[ai];
                if (a.Prep < 0 && !a.Object && !c.Consumed[a.First])
                    return new Party(a.Group, null);
                j = a.First;
                continue;
            }

            var w = c.Word(j);
            if (w is ";")
                break;
            if (w is "," && RelativeClauseStart(c, j, s0) is var r and >= 0)
            {
                j = r;
                continue;
            }

            if (c.Has(j, W.SubjectPronoun) && c.Tag(j) is null or "PRON")
            {
                // The event points at the pronoun in its own sentence; code and entity come from whom it stands for.
                var p = Pronoun(c, j, quote >= 0, speaker);
                return p.Past is { } past ? new Party(-1, past with { Range = c.RangeOf(j, j + 1) }) : p;
            }
        }

        return Party.None;
    }

    /// <summary>For ", which backs Hezbollah," seen from its closing comma: the opening comma, so the clause is skipped.</summary>
    private static int RelativeClauseStart(CodingContext c, int comma, int s0)
    {
        for (var k = comma - 1; k > s0; k--)
        {
            var w = c.Word(k);
            if (w is ",")
                return -1;
            if ((Inflections.Same(w, "which") || Inflections.Same(w, "who") || Inflections.Same(w, "whose")) && c.Word(k - 1) is ",")
                return k - 1;
        }

        return -1;
    }

    private static Party Pronoun(CodingContext c, int j, bool inQuote, PastActor? speaker)
    {
        var offset = c.Tokens[j].Start;
        if (c.Has(j, W.FirstPerson))
        {
            if (!inQuote)
                return Party.None;
            if (QuotedSpeaker(c, offset) is { } s)
                return new Party(-1, s);
            return speaker is { } sp ? new Party(-1, sp) : Party.None;
        }

        if (!c.Has(j, W.ThirdSingular))
            return Party.None;
        for (var i = c.History.Count - 1; i >= 0; i--)
        {
            var p = c.History[i];
            if (p.Type == EntityType.PER && p.Range.Start < offset)
                return new Party(-1, p);
        }

        return Party.None;
    }

    /// <summary>The speaker the quotes stage attached to the quotation around an offset, when that stage ran.</summary>
    private static PastActor? QuotedSpeaker(CodingContext c, int offset)
    {
        foreach (var q in c.Document.Quotes)
        {
            if (offset < q.Start || offset >= q.Start + q.Length || q.Speaker.IsNone)
                continue;
            for (var i = c.History.Count - 1; i >= 0; i--)
            {
                var r = c.History[i].Range;
                if (r.Start < q.Speaker.End && q.Speaker.Start < r.End)
                    return c.History[i];
            }
        }

        return null;
    }

    /// <summary>Who speaks in this sentence: the subject of a speech verb outside quotes ("Kerry said", "said Kerry").</summary>
    public static PastActor? FindSpeaker(CodingContext c, int s0, int s1)
    {
        for (var k = s0; k < s1; k++)
        {
            if (c.Entries[k] is not { Speech: true } || c.Tag(k) is "NOUN" or "PROPN" || c.ActorAt[k] >= 0 || c.QuoteAt(c.Tokens[k].Start) >= 0)
                continue;
            var party = Party.None;
            var afterQuote = k > s0 && (c.Word(k - 1) is "," || IsCloseQuote(c.Word(k - 1)));
            if (afterQuote)
            {
                for (var j = k + 1; j < Math.Min(s1, k + 3) && party.IsNone; j++)
                {
                    if (c.ActorAt[j] is var ai and >= 0)
                        party = new Party(c.Actors[ai].Group, null);
                }
            }

            if (party.IsNone)
                party = FindSubject(c, k - 1, s0, null);
            if (ToPast(c, party) is { } p)
                return p;
        }

        return null;
    }

    private static bool IsCloseQuote(ReadOnlySpan<char> w) => w.Length == 1 && (w[0] is '\u201D' or '"' or '\u00BB' or '\'');

    public static PastActor? ToPast(CodingContext c, Party p)
    {
        if (p.Past is { } past)
            return past;
        if (p.Group < 0)
            return null;
        var a = c.Actors[p.Group];
        return a.Code is null ? null : new PastActor(a.Code, a.Entity, a.Type, c.RangeOf(a.First, a.End), a.RoleWord);
    }

    /// <summary>The target after a verb: the actor after one of the pattern's prepositions, else the direct object,
    /// else one after a target preposition (to, with, against); places after "in"/"at" are locations, not targets.</summary>
    public static int FindTarget(CodingContext c, Trigger t, int s1, int stopAt)
    {
        var preps = t.Pattern.TargetPreps;
        for (var j = t.Head + 1; j < s1; j++)
        {
            if (j >= t.End)
            {
                if (j >= stopAt)
                    break;
                var w = c.Word(j);
                if (c.Has(j, W.Clause) || (c.Entries[j] is { Speech: true } && c.ActorAt[j] < 0 && c.Tag(j) is not "NOUN"))
                    break;
                if (w is "," && SpeechAhead(c, j + 1, s1))
                    break;
            }

            var ai = c.ActorAt[j];
            if (ai < 0)
            {
                // "telling him that...": the object is a pronoun we do not resolve, so no later actor is the target.
                if (j >= t.End && j <= t.End + 1 && c.Has(j, W.ObjectPronoun))
                    break;
                continue;
            }

            var a = c.Actors[ai];
            j = a.SpanEnd - 1;
            if (a.Group != ai || c.Consumed[a.First] || (a.Named is null && a.End < c.Tokens.Length && c.Consumed[a.End]))
                continue;
            if (a.Prep < 0)
            {
                if (!t.Pattern.Strict && t.Pattern.Kind == PatternKind.Verb)
                    return ai;
                // "said the US had invited Tehran": a bare actor after a speech-like verb starts a new clause.
                if (t.Pattern.Strict && j >= t.End)
                    break;
                continue;
            }

            var prep = c.Word(a.Prep);
            if (Contains(preps, prep))
                return ai;
            if (t.Pattern.Strict || t.Pattern.Kind == PatternKind.Noun || Inflections.Same(prep, "by"))
                continue;
            if (c.Has(a.Prep, W.TargetPrep) && !(c.Has(a.Prep, W.LocationPrep) && IsPlace(a)))
                return ai;
        }

        return -1;
    }

    /// <summary>", Khamenei asserted": a parenthetical attribution ends the clause.</summary>
    private static bool SpeechAhead(CodingContext c, int from, int s1)
    {
        for (var k = from; k < s1 && k < from + 5; k++)
        {
            if (c.Entries[k] is { Speech: true } && c.ActorAt[k] < 0)
                return true;
            if (c.Word(k) is "," or ";")
                return false;
        }

        return false;
    }

    /// <summary>The agent of a passive or a nominal event: the actor after "by", within a few words.</summary>
    public static int FindAgent(CodingContext c, int from, int s1, int window)
    {
        for (var j = from; j < s1 && j < from + window; j++)
        {
            var w = c.Word(j);
            if (w is ";" || (c.Has(j, W.Clause) && !Inflections.Same(w, "after")))
                break;
            if (c.ActorAt[j] is var ai and >= 0 && c.Actors[ai].Prep >= 0 && Inflections.Same(c.Word(c.Actors[ai].Prep), "by"))
                return c.Actors[ai].Group;
        }

        return -1;
    }

    public static bool IsPlace(in Actor a) =>
        a.Type is EntityType.LOC or EntityType.GPE || (a.Code is { Length: 3 } && a.Role is null);

    public static bool Contains(string[] words, ReadOnlySpan<char> w)
    {
        foreach (var x in words)
        {
            if (Inflections.Same(w, x))
                return true;
        }

        return false;
    }
}
