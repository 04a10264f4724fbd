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
    public Actor Name(TextRange head, TextRange phrase, string? entity, bool? person, int pos)
    {
        var words = Words(head);
        var key = entity ?? (person == false && words.Count > 1 ? string.Join(' ', words).ToLowerInvariant() : Normalize(words[^1]));
        var actor = Find(key, entity, words);
        if (actor is null)
        {
            actor = new Actor { Name = _text.Substring(head.Start, head.Length), Key = key, Range = head, Entity = entity };
            _actors.Add(actor);
        }
        else if (head.Length > actor.Name.Length && words.Count > 1)
        {
            actor.Name = _text.Substring(head.Start, head.Length);
            actor.Range = head;
        }

        actor.Entity ??= entity;
        var gender = GivenNames.Gender(words[0]);
        if (words.Count > 1 && gender != WordClass.None)
            actor.Gender = gender;
        if (person == true || (words.Count > 1 && gender != WordClass.None))
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
        foreach (var w in Words(words))
        {
            var cls = Lexicon.Classify(w);
            if ((cls & (WordClass.Role | WordClass.Title)) != 0)
                actor.Roles.Add(w.ToLowerInvariant());
            if ((cls & WordClass.Female) != 0 && (cls & WordClass.Pronoun) == 0)
                actor.Gender = WordClass.Female;
            else if ((cls & WordClass.Male) != 0 && (cls & WordClass.Pronoun) == 0)
                actor.Gender = WordClass.Male;
            if ((cls & (WordClass.Title | WordClass.Role)) != 0 && (cls & WordClass.Group) == 0 && w is not ("statement" or "State"))
                actor.IsPerson = true;
        }
    }

    private Actor? Find(string key, string? entity, List<string> words)
    {
        for (var i = _actors.Count - 1; i >= 0; i--)
        {
            var a = _actors[i];
            if (entity is not null && a.Entity == entity)
                return a;
            if (a.Key == key)
                return a;
        }

        // A body named by a longer form earlier ("the French Defense Ministry" then "the ministry") is matched by Role().
        return words.Count == 1 ? _actors.FindLast(a => a.Key == Normalize(words[0])) : null;
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
}
