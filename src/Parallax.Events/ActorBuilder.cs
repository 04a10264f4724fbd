using Parallax.Annotations;

namespace Parallax.Events;

/// <summary>
/// Finds the actor phrases of one sentence: named mentions with their codes, unnamed role phrases from the dictionary,
/// merged into noun phrases, grouped by coordination ("the US and France"), appositions folded into their head,
/// and "the group" / "the secretary" resolved to the actor they refer back to.
/// </summary>
internal static class ActorBuilder
{
    private static readonly string[] ArmedMarkers = ["REB", "INS", "TER", "IMG", "SEP", "RAD", "UAF"];
    private static readonly string[] NonArmedMarkers = ["GOV", "MIL", "IGO", "MED", "BUS", "NGO", "LEG", "JUD", "COP", "EDU", "CVL"];

    public static void Build(CodingContext c, int s0, int s1)
    {
        var actors = c.Actors;
        actors.Clear();
        AddMentions(c, s0, s1);
        AddRolePhrases(c, s0, s1);
        actors.Sort((a, b) => a.First.CompareTo(b.First));
        MergeNounPhrases(c);
        FoldAppositions(c);
        Group(c);
        Resolve(c);
        Index(c, s0, s1);
    }

    private static void AddMentions(CodingContext c, int s0, int s1)
    {
        var d = c.Document;
        var codes = d.MentionCodes.Length == d.Mentions.Length ? d.MentionCodes : null;
        var entities = d.MentionEntities.Length == d.Mentions.Length ? d.MentionEntities : null;
        while (c.NextMention < c.MentionOrder.Length)
        {
            var i = c.MentionOrder[c.NextMention];
            var m = d.Mentions[i];
            if (m.FirstToken >= s1)
                break;
            c.NextMention++;
            if (m.FirstToken < s0 || m.TokenCount <= 0 || m.FirstToken + m.TokenCount > s1)
                continue;
            var a = new Actor { First = m.FirstToken, End = m.FirstToken + m.TokenCount, Prep = -1 };
            a.AddNamed(codes?[i], entities?[i], m.Type);
            c.Actors.Add(a);
        }
    }

    private static void AddRolePhrases(CodingContext c, int s0, int s1)
    {
        var named = c.Actors.Count;
        var next = 0;
        for (var k = s0; k < s1; k++)
        {
            while (next < named && c.Actors[next].End <= k)
                next++;
            if (next < named && c.Actors[next].First <= k)
            {
                k = c.Actors[next].End - 1;
                continue;
            }

            if (c.Entries[k] is not { Actors.Count: > 0 } e || c.Tag(k) is "VERB" or "ADP")
                continue;
            foreach (var entry in e.Actors)
            {
                var words = entry.Phrase.Words;
                if (k + words.Length > s1 || (next < named && k + words.Length > c.Actors[next].First))
                    continue;
                var ok = true;
                for (var w = 0; w < words.Length && ok; w++)
                    ok = Inflections.Matches(c.Word(k + w), words[w]);
                if (!ok)
                    continue;
                if (UsedAsModifier(c, k, k + words.Length, s0, s1))
                    break;
                var a = new Actor { First = k, End = k + words.Length, Prep = -1 };
                a.AddRole(entry.Phrase.Code);
                a.RoleWord = words[^1];
                a.Anaphor = entry.Phrase.Anaphor
                    && (words[0] == "the" || (k > s0 && c.Has(k - 1, W.Definite | W.PossessivePronoun)));
                a.OwnedByPerson = k > s0 && (c.Is(k - 1, "his") || c.Is(k - 1, "her"));
                c.Actors.Add(a);
                k += words.Length - 1;
                break;
            }
        }
    }

    /// <summary>
    /// "discuss military coordination": a role word before a plain noun, with no name before it, describes the noun
    /// and is no actor. After a name it stays ("Syrian army positions" is the Syrian army).
    /// </summary>
    private static bool UsedAsModifier(CodingContext c, int first, int end, int s0, int s1)
    {
        if (end >= s1 || (first > s0 && (char.IsUpper(c.Word(first - 1)[0]) || Inflections.Same(c.Word(first - 1), "'s"))))
            return false;
        foreach (var named in c.Actors)
        {
            if (named.End == first)
                return false;
        }

        var w = c.Word(end);
        if (c.Tag(end) is { } tag and not "X")
            return tag == "NOUN";
        return w.Length > 2 && char.IsLower(w[0]) && c.Entries[end] is null
            && !w.EndsWith("ed", StringComparison.Ordinal) && !w.EndsWith('s') && !w.EndsWith("ing", StringComparison.Ordinal);
    }

    private static void MergeNounPhrases(CodingContext c)
    {
        var actors = c.Actors;
        for (var i = 0; i + 1 < actors.Count;)
        {
            var a = actors[i];
            var b = actors[i + 1];
            if (!Joinable(c, a, b))
            {
                i++;
                continue;
            }

            a.End = b.End;
            if (b.Named is not null || b.Type is not null)
                a.AddNamed(b.Named, b.Entity, b.Type ?? EntityType.MISC);
            if (b.Role is not null)
                a.AddRole(b.Role);
            a.RoleWord ??= b.RoleWord;
            a.Anaphor &= b.Anaphor;
            if (b.Named is not null)
                a.Anaphor = false;
            a.LastIsRole = b.LastIsRole;
            actors[i] = a;
            actors.RemoveAt(i + 1);
        }
    }

    /// <summary>Two phrases are one noun phrase when at most two modifier words sit between them ("Iran's Supreme Leader").</summary>
    private static bool Joinable(CodingContext c, in Actor a, in Actor b)
    {
        var gap = b.First - a.End;
        if (gap > 2 || (gap > 0 && a.Named is { Length: 3 } x && b.Named is { Length: 3 } y && x != y))
            return false;
        return Modifiers(c, a.End, b.First, a.LastIsRole);
    }

    /// <summary>Whether the words in [from, to) can sit inside one noun phrase: adjectives, nouns, "'s", "of" after a title.</summary>
    private static bool Modifiers(CodingContext c, int from, int to, bool afterRole)
    {
        for (var k = from; k < to; k++)
        {
            var w = c.Word(k);
            if (Inflections.Same(w, "'s") || w is "-")
                continue;
            if (Inflections.Same(w, "of") && afterRole)
                continue;
            if (c.Has(k, W.Punctuation | W.Preposition | W.Coordinator | W.Determiner | W.Auxiliary | W.SubjectPronoun))
                return false;
            if (c.Tag(k) is "VERB" or "AUX" or "ADP" or "CCONJ" or "SCONJ" or "PRON" or "PUNCT" or "DET")
                return false;
            if (c.Entries[k] is { } e && (e.Heads.Count > 0 || e.Speech || e.Cues.Count > 0))
                return false;
            if (c.Tag(k) is not ("NOUN" or "PROPN" or "ADJ") && w.Length > 3 && w.EndsWith("ed", StringComparison.Ordinal))
                return false;
        }

        return true;
    }

    /// <summary>"David Haines, a British aid worker, ..." is one actor: the head keeps its text, and takes the more specific code.</summary>
    private static void FoldAppositions(CodingContext c)
    {
        var actors = c.Actors;
        for (var i = 0; i < actors.Count; i++)
        {
            var a = actors[i];
            a.SpanEnd = a.End;
            actors[i] = a;
        }

        for (var i = 0; i + 1 < actors.Count; i++)
        {
            var a = actors[i];
            var b = actors[i + 1];
            var gap = b.First - a.End;
            if (gap < 1 || gap > 4 || !c.Is(a.End, ","))
                continue;
            var det = gap >= 2 && (c.Is(a.End + 1, "a") || c.Is(a.End + 1, "an") || c.Is(a.End + 1, "the"));
            if (gap > 1 && !(det && Modifiers(c, a.End + 2, b.First, false)))
                continue;
            var indefinite = det && !c.Is(a.End + 1, "the");
            var roleNp = b.Role is not null && a.Role is null && a.Named is not null;
            var namedAfterRole = gap == 1 && a.Role is not null && b.IsPerson && b.Role is null && a.Anaphor is false;
            if (!indefinite && !roleNp && !namedAfterRole)
                continue;
            var aCode = a.Combine();
            var bCode = b.Combine();
            if (aCode is null || (bCode is not null && bCode.Length > aCode.Length && a.Role is null))
            {
                a.Named = bCode;
                a.Role = null;
            }

            a.SpanEnd = b.End;
            actors[i] = a;
            actors.RemoveAt(i + 1);
        }
    }

    private static void Group(CodingContext c)
    {
        var actors = c.Actors;
        for (var i = 0; i < actors.Count; i++)
        {
            var a = actors[i];
            a.Group = i;
            if (i > 0 && Coordinated(c, actors[i - 1].SpanEnd, a.First))
                a.Group = actors[i - 1].Group;
            a.Code = a.Combine();
            if (a.Group == i)
            {
                var k = a.First - 1;
                while (k >= 0 && k > a.First - 3 && (c.Is(k, "the") || c.Is(k, "a") || c.Is(k, "an") || c.Is(k, "both") || c.Tokens[k].Kind == TokenKind.Number))
                    k--;
                if (k >= 0)
                {
                    if (c.Has(k, W.Preposition) || c.Tag(k) == "ADP")
                        a.Prep = k;
                    else if (c.Tag(k) == "VERB" ? c.Entries[k] is not { Speech: true } : c.Entries[k] is { Heads.Count: > 0, Speech: false })
                        a.Object = true;
                }
            }
            else
            {
                a.Prep = actors[a.Group].Prep;
                a.Object = actors[a.Group].Object;
            }

            actors[i] = a;
        }

        Distribute(actors);
    }

    /// <summary>"Indian and Chinese troops": the role of the last conjunct applies to the bare nationality adjectives before it.</summary>
    private static void Distribute(List<Actor> actors)
    {
        for (var i = 1; i < actors.Count; i++)
        {
            var last = actors[i];
            if (last.Group == i || last.Role is null || (i + 1 < actors.Count && actors[i + 1].Group == last.Group))
                continue;
            for (var j = last.Group; j < i; j++)
            {
                var a = actors[j];
                if (a.Role is null && a.Named is { Length: 3 } && a.Type == EntityType.MISC)
                {
                    a.Role = last.Role;
                    a.Code = a.Combine();
                    actors[j] = a;
                }
            }
        }
    }

    private static bool Coordinated(CodingContext c, int end, int first)
    {
        var gap = first - end;
        if (gap is < 1 or > 3)
            return false;
        for (var k = end; k < first; k++)
        {
            if (c.Has(k, W.Comma | W.Coordinator) || c.Is(k, "as") || c.Is(k, "well") || c.Is(k, "the"))
                continue;
            return false;
        }

        return true;
    }

    private static void Resolve(CodingContext c)
    {
        var actors = c.Actors;
        for (var i = 0; i < actors.Count; i++)
        {
            var a = actors[i];
            if (a.OwnedByPerson && a.Named is null && a.Role is { } own && Owner(c.History) is { } owner)
            {
                // "his government" is the government of the last person named, not the last thing called a government.
                a.Code = owner.Code[..3] + own;
                a.Entity = owner.Code[..3];
                actors[i] = a;
            }
            else if (a.Anaphor && a.Named is null && a.Role is { } role && Antecedent(c.History, role, a.RoleWord) is { } past)
            {
                a.Code = past.Code;
                a.Entity = past.Entity;
                actors[i] = a;
            }
            else if (a.Named is not null && a.Code is { } code)
            {
                c.History.Add(new PastActor(code, a.Entity, a.Type, c.RangeOf(a.First, a.End), a.RoleWord));
            }
        }
    }

    /// <summary>The last person named, when the code carries a country (IRNGOV); a bare role code has none to give.</summary>
    private static PastActor? Owner(List<PastActor> history)
    {
        for (var i = history.Count - 1; i >= 0 && i >= history.Count - 40; i--)
        {
            if (history[i].Type == EntityType.PER)
                return history[i].Code.Length >= 6 && Export.GdeltExport.Country(history[i].Code).Length == 3 ? history[i] : null;
        }

        return null;
    }

    private static PastActor? Antecedent(List<PastActor> history, string role, string? title)
    {
        if (title is not null && title != "group")
        {
            for (var i = history.Count - 1; i >= 0; i--)
            {
                if (history[i].Title == title)
                    return history[i];
            }
        }

        for (var i = history.Count - 1; i >= 0 && i >= history.Count - 40; i--)
        {
            var p = history[i];
            var fits = role switch
            {
                "REB" => ContainsAny(p.Code, ArmedMarkers) || (p.Type == EntityType.ORG && p.Code.Length > 3 && !ContainsAny(p.Code, NonArmedMarkers)),
                "GOV" => p.Code.EndsWith("GOV", StringComparison.Ordinal) && p.Type == EntityType.PER,
                _ => p.Code.EndsWith(role, StringComparison.Ordinal),
            };
            if (fits)
                return p;
        }

        return null;
    }

    private static bool ContainsAny(string code, string[] markers)
    {
        foreach (var m in markers)
        {
            if (code.Contains(m, StringComparison.Ordinal))
                return true;
        }

        return false;
    }

    private static void Index(CodingContext c, int s0, int s1)
    {
        Array.Fill(c.ActorAt, -1, s0, s1 - s0);
        for (var i = 0; i < c.Actors.Count; i++)
        {
            var a = c.Actors[i];
            for (var k = a.First; k < a.SpanEnd; k++)
                c.ActorAt[k] = i;
        }
    }
}
