using Parallax.Annotations;

namespace Parallax.Facts;

/// <summary>A person or body the text has named (or a speaker phrase it has used), as known so far.</summary>
internal sealed class Actor
{
    public required string Name { get; set; }
    public required string Key { get; init; }
    public TextRange Range { get; set; }
    public string? Entity { get; set; }
    public WordClass Gender { get; set; }
    public bool IsPerson { get; set; }
    public bool IsGroup { get; set; }
    public HashSet<string> Roles { get; } = new(StringComparer.Ordinal);
    public int LastSeen { get; set; } = -1;
    public int LastSpoke { get; set; } = -1;
}

/// <summary>
/// The actors of one document in reading order. Names, pronouns and role phrases are resolved against what the
/// text has said before the point of use, the way a reader resolves them.
/// </summary>
internal sealed class ActorRegistry
{
    private readonly List<Actor> _actors = [];
    private readonly string _text;

    public ActorRegistry(string text) => _text = text;

    public IReadOnlyList<Actor> All => _actors;

    /// <summary>Registers a name (with the words before it as roles) seen at <paramref name="pos"/>.</summary>
    /// <remarks>
    /// Runs for every name and speaker, so the key is built on the stack and compared there; a string is made only
    /// for a new actor. The key is the entity id, the whole lowercased name for a named body, else the normalized
    /// last word (see <see cref="Normalize(string)"/>).
    /// </remarks>
    public Actor Name(TextRange head, TextRange phrase, string? entity, bool? person, int pos)
    {
        var (first, last, count) = WordSpan(head);
        Span<char> buffer = stackalloc char[KeyBuffer];
        string? joined = null;
        scoped ReadOnlySpan<char> key;
        if (entity is not null)
            key = entity;
        else if (person == false && count > 1)
            key = joined = string.Join(' ', Words(head)).ToLowerInvariant();
        else
            key = Normalize(_text.AsSpan(last.Start, last.Length), buffer);
        var actor = Find(key, entity, count, last);
        if (actor is null)
        {
            actor = new Actor { Name = _text.Substring(head.Start, head.Length), Key = entity ?? joined ?? key.ToString(), Range = head, Entity = entity };
            _actors.Add(actor);
        }
        else if (head.Length > actor.Name.Length && count > 1)
        {
            actor.Name = _text.Substring(head.Start, head.Length);
            actor.Range = head;
        }

        actor.Entity ??= entity;
        var gender = GivenNames.Gender(_text.AsSpan(first.Start, first.Length));
        if (count > 1 && gender != WordClass.None)
            actor.Gender = gender;
        if (person == true || (count > 1 && gender != WordClass.None))
            actor.IsPerson = true;
        if (phrase.Start >= 0 && phrase.Start < head.Start)
            AddRoles(actor, new TextRange(phrase.Start, head.Start - phrase.Start));
        actor.LastSeen = Math.Max(actor.LastSeen, pos);
        return actor;
    }

    /// <summary>A role or group phrase used as a speaker: the named holder of that role when known, else the phrase itself.</summary>
    public Actor Role(TextRange phrase, int pos)
    {
        var noun = Phrases.LastWord(_text, phrase);
        var cls = Lexicon.Classify(noun);
        var indefinite = StartsIndefinite(phrase);
        if (!indefinite && (cls & WordClass.Group) == 0 || noun is "ministry" or "government" or "statement")
        {
            Actor? best = null;
            foreach (var a in _actors)
            {
                if (a.Roles.Contains(noun) && a.LastSeen <= pos && (best is null || a.LastSeen > best.LastSeen))
                    best = a;
            }

            if (best is not null && !indefinite)
                return best;
        }

        var key = "role:" + _text.Substring(phrase.Start, phrase.Length).ToLowerInvariant();
        var actor = indefinite ? null : _actors.Find(a => a.Key == key);
        if (actor is null)
        {
            actor = new Actor
            {
                Name = _text.Substring(phrase.Start, phrase.Length),
                Key = key,
                Range = phrase,
                IsPerson = (cls & WordClass.Group) == 0 && noun is not ("statement" or "report" or "communique" or "letter"),
                IsGroup = (cls & WordClass.Group) != 0 || noun.EndsWith('s'),
            };
            actor.Gender = (cls & (WordClass.Male | WordClass.Female)) & ~WordClass.Pronoun;
            _actors.Add(actor);
        }

        actor.LastSeen = Math.Max(actor.LastSeen, pos);
        return actor;
    }

    /// <summary>he/she: the latest compatible speaker of this or the previous paragraph, else the latest compatible person.</summary>
    public Actor? Pronoun(ReadOnlySpan<char> pronoun, int pos, int recentFloor)
    {
        var p = pronoun.ToString().ToLowerInvariant();
        var want = p switch { "he" => WordClass.Male, "she" => WordClass.Female, _ => WordClass.None };
        bool Fits(Actor a) => p switch
        {
            "he" or "she" => a.IsPerson && !a.IsGroup && (a.Gender == WordClass.None || a.Gender == want),
            "they" => a.IsGroup,
            "it" => !a.IsPerson && !a.IsGroup || (!a.IsPerson && a.Key.StartsWith("role:", StringComparison.Ordinal)),
            _ => false,
        };

        Actor? speaker = null, seen = null;
        foreach (var a in _actors)
        {
            if (!Fits(a))
                continue;
            if (a.LastSpoke >= recentFloor && a.LastSpoke < pos && (speaker is null || a.LastSpoke > speaker.LastSpoke))
                speaker = a;
            if (a.LastSeen < pos && a.LastSeen >= 0 && (seen is null || a.LastSeen > seen.LastSeen))
                seen = a;
        }

        // Last resort for he/she: a speaker whose gender and kind the text never showed.
        Actor? any = null;
        if (speaker is null && seen is null && p is "he" or "she")
        {
            foreach (var a in _actors)
            {
                if (!a.IsGroup && a.LastSpoke >= recentFloor && a.LastSpoke < pos && (any is null || a.LastSpoke > any.LastSpoke))
                    any = a;
            }
        }

        var pick = speaker ?? seen ?? any;
        if (pick is not null && want != WordClass.None && pick.Gender == WordClass.None)
            pick.Gender = want;
        return pick;
    }

    public void AddRoles(Actor actor, TextRange words)
    {
        var pos = words.Start;
        var any = false;
        while (true)
        {
            var (s, e) = TextScan.NextWord(_text, pos, words.End);
            if (s < 0)
                break;
            any = true;
            AddRole(actor, _text.AsSpan(s, e - s));
            pos = e;
        }

        if (!any)
            AddRole(actor, _text.AsSpan(words.Start, words.Length));
    }

    private static void AddRole(Actor actor, ReadOnlySpan<char> w)
    {
        var cls = Lexicon.Classify(w);
        if ((cls & (WordClass.Role | WordClass.Title)) != 0)
        {
            Span<char> lower = stackalloc char[KeyBuffer];
            if (w.Length > lower.Length)
                actor.Roles.Add(w.ToString().ToLowerInvariant());
            else if (!actor.Roles.GetAlternateLookup<ReadOnlySpan<char>>().Contains(lower[..w.ToLowerInvariant(lower)]))
                actor.Roles.Add(lower[..w.Length].ToString());
        }

        if ((cls & WordClass.Female) != 0 && (cls & WordClass.Pronoun) == 0)
            actor.Gender = WordClass.Female;
        else if ((cls & WordClass.Male) != 0 && (cls & WordClass.Pronoun) == 0)
            actor.Gender = WordClass.Male;
        if ((cls & (WordClass.Title | WordClass.Role)) != 0 && (cls & WordClass.Group) == 0 && w is not ("statement" or "State"))
            actor.IsPerson = true;
    }

    private Actor? Find(ReadOnlySpan<char> key, string? entity, int count, TextRange only)
    {
        for (var i = _actors.Count - 1; i >= 0; i--)
        {
            var a = _actors[i];
            if (entity is not null && a.Entity == entity)
                return a;
            if (key.SequenceEqual(a.Key))
                return a;
        }

        // A body named by a longer form earlier ("the French Defense Ministry" then "the ministry") is matched by Role().
        if (count != 1)
            return null;
        Span<char> buffer = stackalloc char[KeyBuffer];
        var single = Normalize(_text.AsSpan(only.Start, only.Length), buffer);
        for (var i = _actors.Count - 1; i >= 0; i--)
        {
            if (single.SequenceEqual(_actors[i].Key))
                return _actors[i];
        }

        return null;
    }

    /// <summary>The first and last word of a range and how many words it has; a range with no word is one word.</summary>
    private (TextRange First, TextRange Last, int Count) WordSpan(TextRange r)
    {
        TextRange first = TextRange.None, last = TextRange.None;
        var count = 0;
        var pos = r.Start;
        while (true)
        {
            var (s, e) = TextScan.NextWord(_text, pos, r.End);
            if (s < 0)
                break;
            last = new TextRange(s, e - s);
            if (count++ == 0)
                first = last;
            pos = e;
        }

        return count == 0 ? (r, r, 1) : (first, last, count);
    }

    private bool StartsIndefinite(TextRange phrase)
    {
        var (s, e) = TextScan.NextWord(_text, phrase.Start, phrase.End);
        return s >= 0 && _text.AsSpan(s, e - s) is "a" or "A" or "an" or "An" or "one" or "One";
    }

    private List<string> Words(TextRange r)
    {
        var list = new List<string>();
        var pos = r.Start;
        while (true)
        {
            var (s, e) = TextScan.NextWord(_text, pos, r.End);
            if (s < 0)
                break;
            list.Add(_text.Substring(s, e - s));
            pos = e;
        }

        if (list.Count == 0)
            list.Add(_text.Substring(r.Start, r.Length));
        return list;
    }

    private const int KeyBuffer = 64;

    /// <summary>"al-Jaafari" and "Jaafari", "Kerry’s" and "Kerry" share a key.</summary>
    public static string Normalize(string word)
    {
        var w = word.ToLowerInvariant();
        if (w.EndsWith("\u2019s", StringComparison.Ordinal) || w.EndsWith("'s", StringComparison.Ordinal))
            w = w[..^2];
        var dash = w.IndexOf('-', StringComparison.Ordinal);
        if (dash is > 0 and <= 3 && w[..dash] is "al" or "el" or "ad" or "as" or "an" or "ash" or "bin" or "ibn" or "abu")
            w = w[(dash + 1)..];
        return w;
    }

    /// <summary>The same key as <see cref="Normalize(string)"/>, lowercased into <paramref name="buffer"/> when it fits.</summary>
    private static ReadOnlySpan<char> Normalize(ReadOnlySpan<char> word, Span<char> buffer)
    {
        if (word.Length > buffer.Length)
            return Normalize(word.ToString());
        ReadOnlySpan<char> w = buffer[..word.ToLowerInvariant(buffer)];
        if (w.EndsWith("\u2019s", StringComparison.Ordinal) || w.EndsWith("'s", StringComparison.Ordinal))
            w = w[..^2];
        var dash = w.IndexOf('-');
        if (dash is > 0 and <= 3 && w[..dash] is "al" or "el" or "ad" or "as" or "an" or "ash" or "bin" or "ibn" or "abu")
            w = w[(dash + 1)..];
        return w;
    }
}
