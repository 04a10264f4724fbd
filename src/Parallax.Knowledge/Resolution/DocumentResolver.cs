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
public sealed partial class DocumentResolver
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
}
