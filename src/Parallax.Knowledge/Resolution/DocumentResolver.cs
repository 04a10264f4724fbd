using Parallax.Annotations;
using Parallax.Knowledge.Kb;
using Parallax.Knowledge.Text;

namespace Parallax.Knowledge.Resolution;

/// <summary>
/// In-document resolution: links each recognized mention to the knowledge base or to a local actor, joins
/// surnames to full names ("Kerry" to "John Kerry"), reads titles and appositives for roles and countries, and adds
/// the nominal mentions the recognizer does not tag ("the secretary", "Iraq's president", "the group").
/// Thread-safe: all state lives in the call.
/// </summary>
public sealed class DocumentResolver
{
    private readonly KnowledgeBase _kb;
    private readonly TitleScanner _titles;
    private readonly NominalScanner _nominals;

    public DocumentResolver(KnowledgeBase kb)
    {
        _kb = kb;
        _titles = new TitleScanner(kb);
        _nominals = new NominalScanner(kb);
    }

    public KnowledgeBase Kb => _kb;

    public DocumentAnalysis Resolve(string text, EntityMention[] input, Token[] tokens)
    {
        var nominals = _nominals.Find(text);
        var names = SortedNames(text, input, nominals);
        var state = new State(text);
        var owners = new LocalEntity?[names.Count];
        for (var i = 0; i < names.Count; i++)
            owners[i] = ResolveName(state, names[i]);

        JoinEarlySurnames(state);
        var extra = _nominals.Resolve(text, nominals, names, owners);
        return Build(state, names, owners, extra, tokens);
    }

    private static List<EntityMention> SortedNames(string text, EntityMention[] input, List<Nominal> nominals)
    {
        var names = new List<EntityMention>(input.Length);
        foreach (var m in input)
        {
            if (m.Start < 0 || m.Length <= 0 || m.Start + m.Length > text.Length)
                continue;
            var derived = false;
            foreach (var n in nominals)
            {
                if (n.Start == m.Start && n.Length == m.Length)
                {
                    derived = true;
                    break;
                }
            }

            if (!derived)
                names.Add(m);
        }

        names.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.Length.CompareTo(a.Length));
        return names;
    }

    private LocalEntity? ResolveName(State state, EntityMention m)
    {
        var (s, len) = Clean(state.Text, m.Start, m.Length);
        if (len == 0)
            return null;
        var surface = state.Text.AsSpan(s, len);
        KbEntry? linked = null, demonym = null;
        foreach (var h in _kb.Find(surface))
        {
            if (m.Type == EntityType.PER)
            {
                if (h.Entry.Kind == KbKind.Person || (h.Entry.Kind == KbKind.Organization && h.Kind == AliasKind.Name
                    && (surface.Contains(' ') || NameText.IsAllCaps(surface))))
                {
                    linked = h.Entry;
                    break;
                }

                continue;
            }

            if (h.Kind == AliasKind.Name)
            {
                linked = h.Entry;
                break;
            }

            demonym ??= h.Entry;
        }

        if (linked is not null)
            return JoinKb(state, linked, s, len);
        if (demonym is not null)
            return JoinDemonym(state, demonym, s, len);
        if (m.Type == EntityType.PER)
            return ResolvePerson(state, s, len) ?? JoinByKey(state, m.Type, s, len);
        return JoinByKey(state, m.Type, s, len);
    }

    private static LocalEntity JoinKb(State state, KbEntry entry, int s, int len)
    {
        if (!state.ByEntry.TryGetValue(entry, out var e))
        {
            e = state.Add(entry.Type, entry.Name, entry.Id, entry);
            e.Country = entry.Country;
            state.ByEntry[entry] = e;
        }

        if (e.HasSurface(state.Text.AsSpan(s, len)))
            return e;
        var surface = state.Text.Substring(s, len);
        if (NameText.Normalize(surface) != NameText.Normalize(entry.Name))
            e.Merges.Add(new LocalEvidence("kb-alias", $"'{surface}' is a knowledge-base name of {entry.Name} ({entry.Id})", s, len, surface));
        e.AddSurface(surface);
        return e;
    }

    private static LocalEntity JoinDemonym(State state, KbEntry country, int s, int len)
    {
        if (state.ByDemonym.TryGetValue(country, out var e) && e.HasSurface(state.Text.AsSpan(s, len)))
            return e;
        var surface = state.Text.Substring(s, len);
        if (e is null)
        {
            e = state.Add(EntityType.MISC, surface, "demonym:" + country.Id, null, country);
            e.Country = country.Id;
            state.ByDemonym[country] = e;
            e.Attributions.Add(new LocalEvidence("kb-demonym", $"'{surface}' describes {country.Name} ({country.Id})", s, len, surface));
        }
        else if (e.Surfaces.IndexOf(surface) < 0)
        {
            e.Merges.Add(new LocalEvidence("kb-demonym", $"'{surface}' and '{e.Name}' both describe {country.Name}", s, len, surface));
        }

        e.AddSurface(surface);
        return e;
    }

    private LocalEntity? ResolvePerson(State state, int s, int len)
    {
        var text = state.Text;
        var core = _titles.SkipTitle(text, s, s + len);
        var person = state.ParsePerson(text.AsSpan(core, s + len - core), _kb);
        if (person is null)
            return null;
        var left = _titles.ScanLeft(text, core);
        var right = _titles.ScanRight(text, s + len);
        var surface = text.Substring(core, s + len - core);

        LocalEntity? target = null;
        string? rule = null;
        if (state.BySurname.TryGetValue(person.SurnameKey, out var list))
        {
            LocalEntity? best = null;
            foreach (var raw in list)
            {
                var c = raw.Root();
                if (c.Person is null || Conflicts(c, left) || Conflicts(c, right))
                    continue;
                if (person.HasGiven && c.Person.HasGiven)
                {
                    if (NameMatcher.CompareGiven(c.Person.Given, person.Given) is GivenMatch.Conflict)
                        continue;
                }

                if (best is null || c.LastSeen > best.LastSeen)
                    best = c;
            }

            if (best is not null)
            {
                target = best;
                rule = !person.HasGiven ? "surname"
                    : !target.Person!.HasGiven ? "surname"
                    : NameText.Normalize(person.Display) == NameText.Normalize(target.Person.Display) ? "same-name" : "name-variant";
            }
        }

        if (target is null)
        {
            target = state.Add(EntityType.PER, person.Display, NameText.Normalize(person.Display), null);
            target.Person = person;
            if (!state.BySurname.TryGetValue(person.SurnameKey, out list))
                state.BySurname[person.SurnameKey] = list = [];
            list.Add(target);
        }
        else
        {
            if (target.Surfaces.IndexOf(surface) < 0 && rule != "same-name")
                target.Merges.Add(new LocalEvidence(rule!, Explain(rule!, surface, target), core, s + len - core, surface));
            if (person.Words > target.Person!.Words)
            {
                target.Person = person;
                target.Name = person.Display;
            }
        }

        target.AddSurface(surface);
        Apply(target, left, text, "title");
        Apply(target, right, text, "appositive");
        target.LastSeen = s;
        return target;
    }

    private static string Explain(string rule, string surface, LocalEntity target) => rule switch
    {
        "surname" => $"'{surface}' is the surname of {target.Name}, named in the same article",
        "name-variant" => $"'{surface}' and '{target.Name}' agree on surname and given names (variant spelling, initial or middle name)",
        _ => $"'{surface}' repeats '{target.Name}'",
    };

    internal static bool Conflicts(LocalEntity e, TitleInfo t)
    {
        if (t.Country is { } c && e.Country is { } ec && c.Id != ec)
            return true;
        if (t.Org is { } o && e.Org is { } eo && o.Id != eo.Id)
            return true;
        if (t.Role is { } r && !t.Former && e.Roles.Count > 0)
        {
            foreach (var er in e.Roles)
            {
                if (er.Sector == r.Sector)
                    return false;
            }

            return true;
        }

        return false;
    }

    internal static void Apply(LocalEntity e, TitleInfo t, string text, string rule)
    {
        if (t.IsEmpty)
            return;
        var title = text.Substring(t.Start, Math.Max(0, t.End - t.Start));
        if (t.Role is { } r && !t.Former && !e.Roles.Exists(x => x.Role == r.Role))
        {
            e.Roles.Add(new RoleFact(r.Role, r.Sector, title, t.Start, t.End - t.Start));
            e.Attributions.Add(new LocalEvidence(rule, $"role '{r.Role}' ({r.Sector}) from \"{title}\"", t.Start, t.End - t.Start, title));
        }

        if (t.Country is { } c && e.Country is null)
        {
            e.Country = c.Id;
            e.Attributions.Add(new LocalEvidence(rule, $"country {c.Id} ({c.Name}) from \"{title}\"", t.Start, t.End - t.Start, title));
        }

        if (t.Org is { } o && e.Org is null)
        {
            e.Org = o;
            e.Attributions.Add(new LocalEvidence(rule, $"affiliation {o.Name} ({o.Code}) from \"{title}\"", t.Start, t.End - t.Start, title));
        }
    }

    private static LocalEntity JoinByKey(State state, EntityType type, int s, int len)
    {
        if (state.SurfaceLookup.TryGetValue(state.Text.AsSpan(s, len), out var seen))
        {
            seen = seen.Root();
            seen.LastSeen = s;
            return seen;
        }

        var surface = state.Text.Substring(s, len);
        state.BySurface[surface] = JoinNewSurface(state, type, surface, s, len);
        return state.BySurface[surface];
    }

    private static LocalEntity JoinNewSurface(State state, EntityType type, string surface, int s, int len)
    {
        var key = NameText.Normalize(surface);
        if (key.Length == 0)
            key = surface;
        var caps = NameText.IsAllCaps(surface) && !key.Contains(' ') && key.Length is >= 2 and <= 6;
        if (state.ByKey.TryGetValue("name:" + key, out var e))
        {
            e = e.Root();
        }
        else if (caps && state.ByKey.TryGetValue("acronym:" + key, out var full))
        {
            e = full.Root();
            e.Merges.Add(new LocalEvidence("acronym", $"'{surface}' is the initials of {e.Name}", s, len, surface));
            state.ByKey["name:" + key] = e;
        }
        else
        {
            e = state.Add(type, surface, key, null);
            state.ByKey["name:" + key] = e;
            if (NameMatcher.Acronym(key) is { } acronym)
            {
                state.ByKey["acronym:" + acronym] = e;
                if (state.ByKey.TryGetValue("name:" + acronym, out var earlier) && earlier.Root() != e && earlier.Root().Type != EntityType.PER)
                {
                    var root = earlier.Root();
                    root.MergedInto = e;
                    foreach (var sf in root.Surfaces)
                        e.AddSurface(sf);
                    e.Merges.Add(new LocalEvidence("acronym", $"'{root.Name}' is the initials of {e.Name}", s, len, surface));
                }
            }
        }

        e.AddSurface(surface);
        e.LastSeen = s;
        return e;
    }

    /// <summary>A surname seen before the full name ("Kerry ... John Kerry") joins the one full name that carries it.</summary>
    private static void JoinEarlySurnames(State state)
    {
        foreach (var (_, list) in state.BySurname)
        {
            if (list.Count < 2)
                continue;
            LocalEntity? full = null;
            var unique = true;
            foreach (var e in list)
            {
                if (e.MergedInto is null && e.Person!.HasGiven)
                {
                    unique &= full is null;
                    full = e;
                }
            }

            if (full is null || !unique)
                continue;
            foreach (var e in list)
            {
                if (e.MergedInto is not null || e == full || e.Person!.HasGiven)
                    continue;
                e.MergedInto = full;
                foreach (var sf in e.Surfaces)
                    full.AddSurface(sf);
                full.Roles.AddRange(e.Roles);
                full.Country ??= e.Country;
                full.Org ??= e.Org;
                full.Attributions.AddRange(e.Attributions);
                full.Merges.Add(new LocalEvidence("surname", $"'{e.Name}' is the surname of {full.Name}, named later in the same article", 0, 0, e.Name));
            }
        }
    }

    /// <summary>Trims what recognizers often leave on a span: a leading "the", a possessive, quotes and punctuation.</summary>
    internal static (int Start, int Length) Clean(string text, int start, int length)
    {
        var s = start;
        var e = start + length;
        while (s < e && !char.IsLetterOrDigit(text[s]))
            s++;
        while (e > s && !char.IsLetterOrDigit(text[e - 1]) && text[e - 1] != '.')
            e--;
        if (e - s > 4 && text.AsSpan(s, 4) is "the " or "The ")
            s += 4;
        var trimmed = NameText.TrimPossessive(text.AsSpan(s, e - s));
        e = s + trimmed.Length;
        while (e > s && !char.IsLetterOrDigit(text[e - 1]) && !(text[e - 1] == '.' && TextWords.IsAbbreviation(text.AsSpan(s, e - s))))
            e--;
        return (s, e - s);
    }

    private static DocumentAnalysis Build(State state, List<EntityMention> names, LocalEntity?[] owners, List<(EntityMention Mention, LocalEntity Entity)> extra, Token[] tokens)
    {
        var all = new List<(EntityMention Mention, LocalEntity? Entity, bool Derived)>(names.Count + extra.Count);
        for (var i = 0; i < names.Count; i++)
            all.Add((names[i], owners[i]?.Root(), false));
        foreach (var (m, e) in extra)
            all.Add((WithTokens(m, tokens), e.Root(), true));
        all.Sort((a, b) => a.Mention.Start != b.Mention.Start ? a.Mention.Start.CompareTo(b.Mention.Start) : b.Mention.Length.CompareTo(a.Mention.Length));

        var entities = new List<LocalEntity>();
        foreach (var e in state.Entities)
        {
            if (e.MergedInto is not null)
                continue;
            e.Index = entities.Count;
            e.Mentions.Clear();
            entities.Add(e);
        }

        var mentions = new EntityMention[all.Count];
        var owner = new int[all.Count];
        var derived = new bool[all.Count];
        for (var i = 0; i < all.Count; i++)
        {
            var (m, e, d) = all[i];
            derived[i] = d;
            mentions[i] = e is not null && m.Type == EntityType.LOC && e.Type == EntityType.GPE ? m with { Type = EntityType.GPE } : m;
            owner[i] = e?.Index ?? -1;
            e?.Mentions.Add(i);
        }

        return new DocumentAnalysis { Mentions = mentions, MentionEntity = owner, Entities = entities, Derived = derived };
    }

    private static EntityMention WithTokens(EntityMention m, Token[] tokens)
    {
        if (tokens.Length == 0)
            return m;
        int lo = 0, hi = tokens.Length - 1, first = -1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            if (tokens[mid].End <= m.Start)
                lo = mid + 1;
            else
            {
                first = mid;
                hi = mid - 1;
            }
        }

        if (first < 0)
            return m;
        var count = 0;
        while (first + count < tokens.Length && tokens[first + count].Start < m.End)
            count++;
        return m with { FirstToken = first, TokenCount = count };
    }

    private sealed class State
    {
        private readonly Dictionary<string, PersonName?> _persons = new(StringComparer.Ordinal);

        public State(string text)
        {
            Text = text;
            SurfaceLookup = BySurface.GetAlternateLookup<ReadOnlySpan<char>>();
        }

        public string Text { get; }

        /// <summary>Entities of names outside the knowledge base, by the exact surface, so repeats cost one lookup.</summary>
        public Dictionary<string, LocalEntity> BySurface { get; } = new(StringComparer.Ordinal);
        public Dictionary<string, LocalEntity>.AlternateLookup<ReadOnlySpan<char>> SurfaceLookup { get; }

        /// <summary>Parses each distinct written name once per document.</summary>
        public PersonName? ParsePerson(ReadOnlySpan<char> written, KnowledgeBase kb)
        {
            var lookup = _persons.GetAlternateLookup<ReadOnlySpan<char>>();
            if (lookup.TryGetValue(written, out var known))
                return known;
            var parsed = PersonName.Parse(written, kb);
            _persons[written.ToString()] = parsed;
            return parsed;
        }

        public List<LocalEntity> Entities { get; } = [];
        public Dictionary<string, LocalEntity> ByKey { get; } = new(StringComparer.Ordinal);
        public Dictionary<string, List<LocalEntity>> BySurname { get; } = new(StringComparer.Ordinal);
        public Dictionary<KbEntry, LocalEntity> ByEntry { get; } = [];
        public Dictionary<KbEntry, LocalEntity> ByDemonym { get; } = [];

        public LocalEntity Add(EntityType type, string name, string key, KbEntry? kb, KbEntry? demonym = null)
        {
            var e = new LocalEntity { Index = Entities.Count, Type = type, Name = name, Key = key, Kb = kb, Demonym = demonym };
            Entities.Add(e);
            return e;
        }
    }
}
