using Parallax.Annotations;
using Parallax.Knowledge.Text;

namespace Parallax.Knowledge.Kb;

/// <summary>Collects entries and aliases; KnowledgeBase freezes them into lookup tables.</summary>
internal sealed class KnowledgeBaseBuilder
{
    public List<KbEntry> Entries { get; } = [];
    public Dictionary<string, List<AliasHit>> Aliases { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, RoleEntry> Roles { get; } = new(StringComparer.Ordinal);
    public HashSet<string> Honorifics { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, string[]> Anaphors { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, KbEntry> ById { get; } = new(StringComparer.Ordinal);

    public void AddCountry(string iso2, string iso3, string name, string[] aliases, string[] adjectives, string[] cities, string[] seats, string source)
    {
        if (iso3.Length != 3)
            throw new FormatException($"'{iso3}' is not an ISO 3166 alpha-3 code");
        var country = new KbEntry
        {
            Id = iso3,
            Kind = KbKind.Country,
            Name = name,
            Type = EntityType.GPE,
            Code = iso3,
            Country = iso3,
            Iso2 = iso2,
            Aliases = aliases,
            Source = source,
        };
        Add(country, AliasKind.Name, [name, .. aliases]);
        foreach (var adjective in adjectives)
            AddAlias(adjective, country, AliasKind.Adjective);

        foreach (var city in cities)
        {
            var id = "city:" + NameText.Slug(city) + "-" + iso3.ToLowerInvariant();
            if (ById.ContainsKey(id))
                continue;
            Add(new KbEntry { Id = id, Kind = KbKind.City, Name = city, Type = EntityType.GPE, Code = iso3, Country = iso3, Source = source }, AliasKind.Name, [city]);
        }

        if (seats.Length > 0)
        {
            var seat = new KbEntry
            {
                Id = "gov:" + iso3,
                Kind = KbKind.Seat,
                Name = "Government of " + name,
                Type = EntityType.ORG,
                Code = iso3 + "GOV",
                Country = iso3,
                OrgKind = "GOV",
                Aliases = seats,
                Source = source,
            };
            Add(seat, AliasKind.Name, seats);
        }
    }

    public void AddOrganization(KbEntry entry) => Add(entry, AliasKind.Name, [entry.Name, .. entry.Aliases]);

    public void AddPerson(KbEntry entry) => Add(entry, AliasKind.Name, [entry.Name, .. entry.Aliases]);

    public void AddRole(string role, string sector, string[] aliases)
    {
        var entry = new RoleEntry(role, sector);
        foreach (var alias in (string[])[role, .. aliases])
        {
            var key = NameText.Normalize(alias);
            if (key.Length > 0)
                Roles.TryAdd(key, entry);
        }
    }

    public void AddHonorific(string word)
    {
        var key = NameText.Normalize(word);
        if (key.Length > 0)
            Honorifics.Add(key);
    }

    public void AddAnaphor(string phrase, string[] kinds)
    {
        var key = NameText.Normalize(phrase);
        if (key.Length > 0)
            Anaphors[key] = [.. kinds.Select(k => k.ToUpperInvariant())];
    }

    private void Add(KbEntry entry, AliasKind kind, IEnumerable<string> aliases)
    {
        if (ById.TryGetValue(entry.Id, out var existing))
        {
            // A user entry with a built-in id replaces it: later aliases point at the new entry first.
            Entries.Remove(existing);
        }

        ById[entry.Id] = entry;
        Entries.Add(entry);
        foreach (var alias in aliases)
        {
            AddAlias(alias, entry, kind, front: existing is not null);

            // "Daesh (Islamic State)" is two names of an organization or person. Places are left whole, as is any
            // entry's own name: there the brackets qualify ("Virgin Islands (British)", "National Liberation Army
            // (Colombia)") and a part that names another entry is no name of this one.
            if (entry.Kind is KbKind.Organization or KbKind.Person && alias != entry.Name && NameText.SplitBracket(alias, out var outer, out var inner))
            {
                AddPart(alias[outer], entry, kind, existing is not null);
                AddPart(alias[inner], entry, kind, existing is not null);
            }
        }
    }

    private void AddPart(string part, KbEntry entry, AliasKind kind, bool front)
    {
        if (Aliases.TryGetValue(NameText.Normalize(part), out var hits) && hits.Exists(h => !ReferenceEquals(h.Entry, entry)))
            return;
        AddAlias(part, entry, kind, front);
    }

    private void AddAlias(string alias, KbEntry entry, AliasKind kind, bool front = false)
    {
        var key = NameText.Normalize(alias);
        if (key.Length == 0)
            return;
        var capsOnly = NameText.IsAllCaps(alias) && key.Replace(" ", string.Empty, StringComparison.Ordinal).Length <= 4;
        if (!Aliases.TryGetValue(key, out var hits))
            Aliases[key] = hits = [];
        foreach (var h in hits)
        {
            if (ReferenceEquals(h.Entry, entry) && h.Kind == kind)
                return;
        }

        var hit = new AliasHit(entry, kind, capsOnly);
        if (front)
            hits.Insert(0, hit);
        else if (kind == AliasKind.Name)
            hits.Insert(FirstAdjective(hits), hit);
        else
            hits.Add(hit);
    }

    private static int FirstAdjective(List<AliasHit> hits)
    {
        for (var i = 0; i < hits.Count; i++)
        {
            if (hits[i].Kind == AliasKind.Adjective)
                return i;
        }

        return hits.Count;
    }
}
