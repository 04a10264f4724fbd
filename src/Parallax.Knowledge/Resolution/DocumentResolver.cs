using Parallax.Annotations;
using Parallax.Knowledge.Kb;
using Parallax.Knowledge.Text;

namespace Parallax.Knowledge.Resolution;

/// <summary>
/// In-document resolution: links each recognized mention to the knowledge base or to a local actor, joins
/// surnames to full names ("Kerry" to "John Kerry"), reads titles and appositives for roles and countries, and adds
/// the nominal mentions the recognizer does not tag ("the secretary", "Iraq's president", "the group").
/// Thread-safe: the state of a document lives in the call; the string pool and parsed names shared across documents lock.
/// </summary>
public sealed partial class DocumentResolver
{
    private readonly KnowledgeBase _kb;
    private readonly TitleScanner _titles;
    private readonly NominalScanner _nominals;
    private readonly PersonCache _persons = new();

    public DocumentResolver(KnowledgeBase kb)
    {
        _kb = kb;
        _titles = new TitleScanner(kb);
        _nominals = new NominalScanner(kb, Strings);
    }

    public KnowledgeBase Kb => _kb;

    /// <summary>Shared by the documents of a run and its corpus stage, so a repeated surface or evidence line is one string.</summary>
    public StringPool Strings { get; } = new();

    /// <summary>Lets go of the run's shared strings and parsed names; an engine that lives across runs calls it between them.</summary>
    internal void EndRun()
    {
        Strings.Clear();
        _persons.Clear();
    }

    public DocumentAnalysis Resolve(string text, EntityMention[] input, Token[] tokens)
    {
        var nominals = _nominals.Find(text);
        var names = SortedNames(text, input, nominals);
        var state = new State(text, Strings, _persons);
        var owners = new LocalEntity?[names.Count];
        for (var i = 0; i < names.Count; i++)
            owners[i] = ResolveName(state, names[i], names);

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

    private LocalEntity? ResolveName(State state, EntityMention m, List<EntityMention> names)
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

        if (linked is null && m.Type == EntityType.PER)
            linked = OrganizationTaggedAsPerson(state, surface, names);
        if (linked is not null)
            return JoinKb(state, linked, s, len);
        if (demonym is not null)
            return JoinDemonym(state, demonym, s, len);
        if (m.Type == EntityType.PER)
            return ResolvePerson(state, s, len) ?? JoinByKey(state, m.Type, s, len);
        return JoinByKey(state, m.Type, s, len);
    }

    /// <summary>
    /// A one-word name tagged as a person that the knowledge base knows exactly as an organization ("Daesh"): the
    /// recognizer's type is the likelier mistake, unless the document names a person with that word in the name.
    /// </summary>
    private KbEntry? OrganizationTaggedAsPerson(State state, ReadOnlySpan<char> surface, List<EntityMention> names)
    {
        if (surface.IndexOfAny(' ', '-') >= 0)
            return null;
        KbEntry? org = null;
        foreach (var h in _kb.Find(surface))
        {
            if (h.Entry.Kind == KbKind.Person)
                return null;
            if (org is null && h.Entry.Kind == KbKind.Organization && h.Kind == AliasKind.Name)
                org = h.Entry;
        }

        return org is null || NamesPerson(state.Text, surface, names) ? null : org;
    }

    /// <summary>True when another person mention of the document has the word among its words ("Ahmed Daesh").</summary>
    private static bool NamesPerson(string text, ReadOnlySpan<char> word, List<EntityMention> names)
    {
        foreach (var n in names)
        {
            if (n.Type != EntityType.PER)
                continue;
            var span = text.AsSpan(n.Start, n.Length);
            if (span.IndexOf(' ') < 0)
                continue;
            foreach (var range in span.SplitAny(' ', ','))
            {
                if (NameText.TrimPossessive(span[range]).Equals(word, StringComparison.OrdinalIgnoreCase))
                    return true;
            }
        }

        return false;
    }

    private static LocalEntity JoinKb(State state, KbEntry entry, int s, int len)
    {
        if (!state.ByEntry.TryGetValue(entry, out var e))
        {
            e = state.Add(entry.Type, entry.Name, entry.Id, entry);
            e.Country = entry.Country;
            state.ByEntry[entry] = e;
        }

        var written = state.Text.AsSpan(s, len);
        if (e.HasSurface(written))
            return e;
        var surface = state.Strings.Get(written);
        if (!NameText.SameNormalized(surface, entry.Name))
            e.Merges.Add(new LocalEvidence("kb-alias", state.Strings.Format($"'{surface}' is a knowledge-base name of {entry.Name} ({entry.Id})"), s, len, surface));
        e.Surfaces.Add(surface);
        return e;
    }

    private static LocalEntity JoinDemonym(State state, KbEntry country, int s, int len)
    {
        if (state.ByDemonym.TryGetValue(country, out var e) && e.HasSurface(state.Text.AsSpan(s, len)))
            return e;
        var surface = state.Strings.Get(state.Text.AsSpan(s, len));
        if (e is null)
        {
            e = state.Add(EntityType.MISC, surface, state.Strings.Format($"demonym:{country.Id}"), null, country);
            e.Country = country.Id;
            state.ByDemonym[country] = e;
            e.Attributions.Add(new LocalEvidence("kb-demonym", state.Strings.Format($"'{surface}' describes {country.Name} ({country.Id})"), s, len, surface));
        }
        else
        {
            e.Merges.Add(new LocalEvidence("kb-demonym", state.Strings.Format($"'{surface}' and '{e.Name}' both describe {country.Name}"), s, len, surface));
        }

        e.Surfaces.Add(surface);
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
        var written = text.AsSpan(core, s + len - core);

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
                if (person.HasGiven && c.Person.HasGiven && !ReferenceEquals(c.Person, person))
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
                    : person.Normalized == target.Person.Normalized ? "same-name" : "name-variant";
            }
        }

        if (target is null)
        {
            target = state.Add(EntityType.PER, person.Display, person.Normalized, null);
            target.Person = person;
            if (!state.BySurname.TryGetValue(person.SurnameKey, out list))
                state.BySurname[person.SurnameKey] = list = [];
            list.Add(target);
        }
        else
        {
            if (rule != "same-name" && !target.HasSurface(written))
            {
                var surface = state.Strings.Get(written);
                target.Merges.Add(new LocalEvidence(rule!, Explain(state.Strings, rule!, surface, target), core, s + len - core, surface));
            }

            if (person.Words > target.Person!.Words)
            {
                target.Person = person;
                target.Name = person.Display;
            }
        }

        target.AddSurface(written, state.Strings);
        Apply(target, left, text, "title", state.Strings);
        Apply(target, right, text, "appositive", state.Strings);
        target.LastSeen = s;
        return target;
    }

    private static string Explain(StringPool strings, string rule, string surface, LocalEntity target) => rule switch
    {
        "surname" => strings.Format($"'{surface}' is the surname of {target.Name}, named in the same article"),
        "name-variant" => strings.Format($"'{surface}' and '{target.Name}' agree on surname and given names (variant spelling, initial or middle name)"),
        _ => strings.Format($"'{surface}' repeats '{target.Name}'"),
    };

    internal static bool Conflicts(LocalEntity e, TitleInfo t)
    {
        if (t.Country is { } c && e.Country is { } ec && c.Id != ec)
            return true;
        if (t.Org is { } o && e.Org is { } eo && o.Id != eo.Id)
            return true;
        if (t.Role is { } r && !t.Former && !e.RoleSpan.IsEmpty)
        {
            foreach (var er in e.RoleSpan)
            {
                if (er.Sector == r.Sector)
                    return false;
            }

            return true;
        }

        return false;
    }

    internal static void Apply(LocalEntity e, TitleInfo t, string text, string rule, StringPool strings)
    {
        if (t.IsEmpty)
            return;
        var addRole = t.Role is { } r && !t.Former && !LocalEntity.HasRole(e.RoleSpan, r.Role);
        if (!addRole && (t.Country is null || e.Country is not null) && (t.Org is null || e.Org is not null))
            return;
        var title = strings.Get(text.AsSpan(t.Start, Math.Max(0, t.End - t.Start)));
        if (addRole)
        {
            e.Roles.Add(new RoleFact(t.Role!.Role, t.Role.Sector, title, t.Start, t.End - t.Start));
            e.Attributions.Add(new LocalEvidence(rule, strings.Format($"role '{t.Role.Role}' ({t.Role.Sector}) from \"{title}\""), t.Start, t.End - t.Start, title));
        }

        if (t.Country is { } c && e.Country is null)
        {
            e.Country = c.Id;
            e.Attributions.Add(new LocalEvidence(rule, strings.Format($"country {c.Id} ({c.Name}) from \"{title}\""), t.Start, t.End - t.Start, title));
        }

        if (t.Org is { } o && e.Org is null)
        {
            e.Org = o;
            e.Attributions.Add(new LocalEvidence(rule, strings.Format($"affiliation {o.Name} ({o.Code}) from \"{title}\""), t.Start, t.End - t.Start, title));
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

        var surface = state.Strings.Get(state.Text.AsSpan(s, len));
        var e = JoinNewSurface(state, type, surface, s, len);
        state.BySurface[surface] = e;
        return e;
    }

    private static LocalEntity JoinNewSurface(State state, EntityType type, string surface, int s, int len)
    {
        var key = NameText.Normalize(surface, state.Strings);
        if (key.Length == 0)
            key = surface;
        var caps = NameText.IsAllCaps(surface) && !key.Contains(' ') && key.Length is >= 2 and <= 6;
        if (state.ByName.TryGetValue(key, out var e))
        {
            e = e.Root();
        }
        else if (caps && state.ByAcronym.TryGetValue(key, out var full))
        {
            e = full.Root();
            e.Merges.Add(new LocalEvidence("acronym", state.Strings.Format($"'{surface}' is the initials of {e.Name}"), s, len, surface));
            state.ByName[key] = e;
        }
        else
        {
            e = state.Add(type, surface, key, null);
            state.ByName[key] = e;
            if (NameMatcher.Acronym(key) is { } acronym)
            {
                state.ByAcronym[acronym] = e;
                if (state.ByName.TryGetValue(acronym, out var earlier) && earlier.Root() != e && earlier.Root().Type != EntityType.PER)
                {
                    var root = earlier.Root();
                    root.MergedInto = e;
                    foreach (var sf in root.Surfaces)
                        e.AddSurface(sf);
                    e.Merges.Add(new LocalEvidence("acronym", state.Strings.Format($"'{root.Name}' is the initials of {e.Name}"), s, len, surface));
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
                full.Merges.Add(new LocalEvidence("surname", state.Strings.Format($"'{e.Name}' is the surname of {full.Name}, named later in the same article"), 0, 0, e.Name));
            }
        }
    }
}
