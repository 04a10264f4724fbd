using System.Buffers;
using Parallax.Annotations;
using Parallax.Knowledge.Kb;
using Parallax.Knowledge.Text;

namespace Parallax.Knowledge.Resolution;

/// <summary>A nominal mention the recognizer does not tag: a role ("the secretary", "Iraq's president") or an organization ("the group").</summary>
public sealed record Nominal(int Start, int Length, string Phrase, string Head, RoleEntry? Role, string[]? Kinds, KbEntry? Country);

/// <summary>Finds nominal mentions in raw text and resolves each to the nearest compatible earlier actor.</summary>
public sealed class NominalScanner(KnowledgeBase kb, StringPool? strings = null)
{
    private const int MaxDistance = 3000;
    private readonly StringPool _strings = strings ?? new StringPool();

    public List<Nominal> Find(string text)
    {
        var found = new List<Nominal>();
        Span<(int S, int E)> w = stackalloc (int, int)[6];
        Span<char> buffer = stackalloc char[128];
        var pos = 0;
        var cues = new CueSearch(text);
        while (NextCue(text, ref pos, ref cues, out var s, out var e, out var the))
        {
            var word = text.AsSpan(s, e - s);
            var possessive = !the;
            if (possessive && !char.IsUpper(word[0]))
                continue;
            var n = 0;
            var p = e;
            while (n < w.Length && TextWords.Next(text, p, false, out var ws, out var we, out _))
            {
                w[n++] = (ws, we);
                p = we;
            }

            if (n == 0)
                continue;
            var firstWord = text.AsSpan(w[0].S, w[0].E - w[0].S);
            if (!char.IsUpper(firstWord[0]) && (firstWord.Length > buffer.Length || !kb.IsNominalStart(buffer[..NameText.Normalize(NameText.TrimPossessive(firstWord), buffer)])))
                continue;
            if (the && FindAnaphor(text, w[..n], buffer) is { } org)
            {
                found.Add(org with { Start = s, Length = org.Start + org.Length - s, Phrase = _strings.Get(text.AsSpan(s, org.Start + org.Length - s)) });
                pos = org.Start + org.Length;
                continue;
            }

            KbEntry? country = null;
            var j = 0;
            if (possessive)
                country = kb.FindCountry(word);
            else if (char.IsUpper(text[w[0].S]))
            {
                for (var k = Math.Min(3, n - 1); k >= 1 && country is null; k--)
                {
                    if (kb.FindCountry(text.AsSpan(w[0].S, w[k - 1].E - w[0].S)) is { } c)
                    {
                        country = c;
                        j = k;
                    }
                }
            }

            if (possessive && country is null)
                continue;
            if (MatchRole(text, w[..n], j, buffer, out var role, out var len, out var head))
            {
                var end = w[j + len - 1].E;
                // "the president Fouad Massoum" is a title, "the president of France" someone else: neither points back.
                if (j + len < n && (char.IsUpper(text[w[j + len].S]) || text.AsSpan(w[j + len].S, w[j + len].E - w[j + len].S) is "of"))
                    continue;
                if (end < text.Length && text[end] is '-')
                    continue;
                found.Add(new Nominal(s, end - s, _strings.Get(text.AsSpan(s, end - s)), head, role, null, country));
                pos = end;
            }
        }

        return found;
    }

    /// <summary>
    /// Jumps to the next place a nominal can start: the word "the", or a possessive word ("Iraq's"). Vectorized
    /// searches, so text without cues costs next to nothing. Returns the cue word's span.
    /// </summary>
    private static bool NextCue(string text, ref int pos, ref CueSearch cues, out int start, out int end, out bool the)
    {
        while (pos < text.Length)
        {
            var at = cues.Next(pos);
            if (at < 0)
                break;
            if (text[at] is 't' or 'T')
            {
                pos = at + 3;
                if (at > 0 && char.IsLetterOrDigit(text[at - 1]))
                    continue;
                (start, end, the) = (at, at + 3, true);
                return true;
            }

            pos = at + 2;
            var s = at;
            while (s > 0 && (char.IsLetterOrDigit(text[s - 1]) || (text[s - 1] is '.' or '-' && s > 1 && char.IsLetterOrDigit(text[s - 2]))))
                s--;
            if (s == at)
                continue;
            (start, end, the) = (s, at + 2, false);
            return true;
        }

        start = end = pos;
        the = false;
        return false;
    }

    /// <summary>
    /// The first "the ", "The ", "'s " or "’s " at or after a position. Two single-pattern searches ("he " and an
    /// apostrophe) instead of one multi-string search, which falls back to a slow automaton for these patterns;
    /// each remembers its last hit so the text is scanned about once.
    /// </summary>
    private struct CueSearch(string text)
    {
        private static readonly SearchValues<char> Apostrophes = SearchValues.Create("'\u2019");
        private int _the = -2;
        private int _possessive = -2;

        public int Next(int pos)
        {
            if (_the != -1 && _the < pos)
                _the = FindThe(pos);
            if (_possessive != -1 && _possessive < pos)
                _possessive = FindPossessive(pos);
            return _the < 0 ? _possessive : _possessive < 0 ? _the : Math.Min(_the, _possessive);
        }

        private readonly int FindThe(int pos)
        {
            var from = pos + 1;
            while (from < text.Length)
            {
                var at = text.AsSpan(from).IndexOf("he ", StringComparison.Ordinal);
                if (at < 0)
                    return -1;
                at += from;
                if (text[at - 1] is 't' or 'T')
                    return at - 1;
                from = at + 1;
            }

            return -1;
        }

        private readonly int FindPossessive(int pos)
        {
            var from = pos;
            while (from < text.Length)
            {
                var at = text.AsSpan(from).IndexOfAny(Apostrophes);
                if (at < 0)
                    return -1;
                at += from;
                if (at + 2 < text.Length && text[at + 1] == 's' && text[at + 2] == ' ')
                    return at;
                from = at + 1;
            }

            return -1;
        }
    }

    private Nominal? FindAnaphor(string text, ReadOnlySpan<(int S, int E)> w, Span<char> buffer)
    {
        for (var k = Math.Min(3, w.Length); k >= 1; k--)
        {
            var span = NameText.TrimPossessive(text.AsSpan(w[0].S, w[k - 1].E - w[0].S));
            if (span.Length > buffer.Length || char.IsUpper(span[0]))
                continue;
            var norm = buffer[..NameText.Normalize(span, buffer)];
            if (!kb.TryFindAnaphor(norm, out var kinds))
                continue;
            if (k < w.Length && span.Length == w[k - 1].E - w[0].S)
            {
                var next = text.AsSpan(w[k].S, w[k].E - w[k].S);
                if (next is "of" || char.IsUpper(next[0]))
                    return null;
            }

            var lastSpace = norm.LastIndexOf(' ');
            return new Nominal(w[0].S, span.Length, string.Empty, _strings.Get(norm[(lastSpace + 1)..]), null, kinds, null);
        }

        return null;
    }

    private bool MatchRole(string text, ReadOnlySpan<(int S, int E)> w, int j, Span<char> buffer, out RoleEntry role, out int length, out string head)
    {
        for (var k = Math.Min(kb.MaxRoleWords, w.Length - j); k >= 1; k--)
        {
            var span = text.AsSpan(w[j].S, w[j + k - 1].E - w[j].S);
            if (span.Length > buffer.Length)
                continue;
            var norm = buffer[..NameText.Normalize(span, buffer)];
            if (kb.TryFindRole(norm, out role!))
            {
                length = k;
                var lastSpace = norm.LastIndexOf(' ');
                head = _strings.Get(norm[(lastSpace + 1)..]);
                return true;
            }
        }

        role = null!;
        length = 0;
        head = string.Empty;
        return false;
    }

    /// <summary>Resolves nominals against the names of the document; returns the mentions to add with their entities.</summary>
    public List<(EntityMention Mention, LocalEntity Entity)> Resolve(string text, List<Nominal> nominals, List<EntityMention> names, LocalEntity?[] owners)
    {
        var added = new List<(EntityMention, LocalEntity)>();
        foreach (var found in nominals)
        {
            if (Unclaimed(text, found, names, _strings) is not { } nom)
                continue;
            var at = FirstAtOrAfter(names, nom.Start);
            var target = nom.Role is not null ? FindPerson(nom, names, owners, at) : FindOrganization(text, nom, names, owners, at);
            if (target is null)
                continue;
            var type = nom.Role is not null ? EntityType.PER : EntityType.ORG;
            added.Add((new EntityMention(nom.Start, nom.Length, type, 0, 0), target));
            if (!target.HasSurface(nom.Phrase))
            {
                var rule = nom.Role is not null ? "role-anaphor" : "group-anaphor";
                var why = nom.Role is not null
                    ? _strings.Format($"'{nom.Phrase}' refers back to {target.Name}, the nearest earlier person with a matching title")
                    : _strings.Format($"'{nom.Phrase}' refers back to {target.Name}, the nearest earlier organization of a matching kind");
                target.Merges.Add(new LocalEvidence(rule, why, nom.Start, nom.Length, nom.Phrase));
                target.Surfaces.Add(nom.Phrase);
            }

            if (nom.Country is { } c && target.Country is null)
            {
                target.Country = c.Id;
                target.Attributions.Add(new LocalEvidence("role-anaphor", _strings.Format($"country {c.Id} from \"{nom.Phrase}\""), nom.Start, nom.Length, nom.Phrase));
            }
        }

        return added;
    }

    /// <summary>
    /// The part of a nominal that no name mention covers: "Iraq's president" with "Iraq" tagged becomes "president";
    /// null when a name sits inside the role words themselves.
    /// </summary>
    private static Nominal? Unclaimed(string text, Nominal nom, List<EntityMention> names, StringPool strings)
    {
        var start = nom.Start;
        var end = nom.Start + nom.Length;
        var i = FirstAtOrAfter(names, start);
        if (i > 0 && names[i - 1].End > start)
            i--;
        for (; i < names.Count && names[i].Start < end; i++)
        {
            if (names[i].End <= start)
                continue;
            start = names[i].End;
            while (start < end && (NameText.IsApostrophe(text[start]) || text[start] is 's' or ' '))
                start++;
        }

        if (start >= end)
            return null;
        if (start == nom.Start)
            return nom;
        var rest = text.AsSpan(start, end - start);
        return rest.EndsWith(nom.Head, StringComparison.OrdinalIgnoreCase) ? nom with { Start = start, Length = end - start, Phrase = strings.Get(rest) } : null;
    }

    private static LocalEntity? FindPerson(Nominal nom, List<EntityMention> names, LocalEntity?[] owners, int before)
    {
        for (var i = before - 1; i >= 0 && nom.Start - names[i].Start < MaxDistance; i--)
        {
            var e = owners[i]?.Root();
            if (e is null || e.Type != EntityType.PER || e.RoleSpan.IsEmpty)
                continue;
            if (nom.Country is { } c && e.Country is { } ec && ec != c.Id)
                continue;
            foreach (var r in e.RoleSpan)
            {
                if (r.Role == nom.Role!.Role || HasWord(r.Title, nom.Head))
                    return e;
            }
        }

        return null;
    }

    private static LocalEntity? FindOrganization(string text, Nominal nom, List<EntityMention> names, LocalEntity?[] owners, int before)
    {
        LocalEntity? first = null;
        var firstAt = -1;
        for (var i = before - 1; i >= 0 && nom.Start - names[i].Start < MaxDistance; i--)
        {
            var e = owners[i]?.Root();
            if (e is null || e.Type != EntityType.ORG || !KindMatches(e, nom.Kinds!))
                continue;
            if (first is null)
            {
                first = e;
                firstAt = names[i].Start;
                continue;
            }

            if (e == first)
                continue;

            // Two different candidates in the sentence of the nearest one: ambiguous, so leave it.
            return TextWords.SentenceBreakBetween(text, names[i].End, firstAt) ? first : null;
        }

        return first;
    }

    private static bool KindMatches(LocalEntity e, string[] kinds)
    {
        foreach (var k in kinds)
        {
            if (k == "ANY" || (k == "ORG" && e.Kb is null) || (e.Kb?.OrgKind is { } ok && ok == k))
                return true;
        }

        return false;
    }

    private static bool HasWord(string title, string word)
    {
        if (title.Length > 256)
            return HasWord(NameText.Normalize(title), word);
        Span<char> buffer = stackalloc char[256];
        return HasWord(buffer[..NameText.Normalize(title, buffer)], word);
    }

    private static bool HasWord(ReadOnlySpan<char> norm, string word)
    {
        var from = 0;
        while (from <= norm.Length)
        {
            var at = norm[from..].IndexOf(word, StringComparison.Ordinal);
            if (at < 0)
                return false;
            var i = from + at;
            var end = i + word.Length;
            if ((i == 0 || norm[i - 1] == ' ') && (end == norm.Length || norm[end] == ' '))
                return true;
            from = end;
        }

        return false;
    }

    private static int FirstAtOrAfter(List<EntityMention> names, int start)
    {
        int lo = 0, hi = names.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (names[mid].Start < start)
                lo = mid + 1;
            else
                hi = mid;
        }

        return lo;
    }
}
