using Parallax.Annotations;
using Parallax.Knowledge.Text;
using Parallax.Model;

namespace Parallax.Knowledge.Resolution;

/// <summary>One analyzed document as the corpus resolver sees it.</summary>
public sealed record ResolvedDocument(string ArticleId, string Text, DocumentAnalysis Analysis);

/// <summary>
/// Merges the actors of many documents into canonical entities. Knowledge-base actors merge by entry; people through the
/// variant matcher, with candidates found by surname skeleton (an index, not a scan); other names by normalized form,
/// transliteration key or acronym. Every merge is recorded with its rule and evidence.
/// </summary>
public sealed class CorpusResolver(StringPool strings)
{
    private readonly List<GlobalEntity> _entities = [];

    // Other names by normalized form, by transliteration key and by acronym: three tables, so no lookup builds a key.
    private readonly Dictionary<string, GlobalEntity> _byName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, GlobalEntity> _byLoose = new(StringComparer.Ordinal);
    private readonly Dictionary<string, GlobalEntity> _byAcronym = new(StringComparer.Ordinal);
    private readonly Dictionary<Kb.KbEntry, GlobalEntity> _byEntry = [];
    private readonly Dictionary<Kb.KbEntry, GlobalEntity> _byDemonym = [];
    private readonly Dictionary<string, List<GlobalEntity>> _bySkeleton = new(StringComparer.Ordinal);

    public CorpusResolver()
        : this(new StringPool())
    {
    }

    /// <summary>Resolves the documents and returns the entities plus, per document, the canonical id of each mention.</summary>
    public (List<Entity> Entities, string?[][] MentionIds) Resolve(IReadOnlyList<ResolvedDocument> documents)
    {
        var owners = new GlobalEntity?[documents.Count][];
        for (var d = 0; d < documents.Count; d++)
        {
            var doc = documents[d];
            var locals = new GlobalEntity[doc.Analysis.Entities.Count];
            foreach (var local in doc.Analysis.Entities)
                locals[local.Index] = Place(doc, local);
            var map = new GlobalEntity?[doc.Analysis.Mentions.Length];
            for (var i = 0; i < map.Length; i++)
            {
                var li = doc.Analysis.MentionEntity[i];
                if (li < 0)
                    continue;
                var g = locals[li];
                map[i] = g;
                var m = doc.Analysis.Mentions[i];
                g.Mentions.Add(new EntityMentionRef(doc.ArticleId, m.Start, m.Length, strings.Get(doc.Text.AsSpan(m.Start, m.Length))));
                if (!doc.Analysis.Derived[i])
                {
                    var (cs, cl) = DocumentResolver.Clean(doc.Text, m.Start, m.Length);
                    var alias = doc.Text.AsSpan(cs, cl);
                    // "Daesh (Islamic State" names a group twice; a place's brackets qualify it ("Virgin Islands (British)").
                    if (g.Type is EntityType.ORG or EntityType.PER && NameText.SplitBracket(alias, out var outer, out var inner))
                    {
                        g.AddAlias(alias[outer], strings);
                        g.AddAlias(alias[inner], strings);
                    }
                    else if (cl > 0)
                    {
                        g.AddAlias(alias, strings);
                    }
                }
            }

            owners[d] = map;
        }

        var entities = Finish();
        var ids = new string?[documents.Count][];
        for (var d = 0; d < documents.Count; d++)
        {
            ids[d] = new string?[owners[d].Length];
            for (var i = 0; i < owners[d].Length; i++)
                ids[d][i] = owners[d][i]?.Id;
        }

        return (entities, ids);
    }

    private GlobalEntity Place(ResolvedDocument doc, LocalEntity local)
    {
        var (target, rule, detail) = FindTarget(local);
        if (target is null)
        {
            target = new GlobalEntity(local);
            _entities.Add(target);
            Index(target, local);
        }
        else
        {
            var first = local.FirstMention >= 0 ? doc.Analysis.Mentions[local.FirstMention] : default;
            target.Merges.Add(new EntityEvidence(rule!, detail!, doc.ArticleId, first.Start, first.Length, strings.Get(doc.Text.AsSpan(first.Start, first.Length))));
            target.Absorb(local);
        }

        foreach (var m in local.MergeSpan)
            target.Merges.Add(new EntityEvidence(m.Rule, m.Detail, doc.ArticleId, m.Start, m.Length, m.Text));
        foreach (var a in local.AttributionSpan)
            target.Attributions.Add(new EntityEvidence(a.Rule, a.Detail, doc.ArticleId, a.Start, a.Length, a.Text));
        return target;
    }

    private (GlobalEntity? Target, string? Rule, string? Detail) FindTarget(LocalEntity local)
    {
        if (local.Kb is { } kb)
        {
            return _byEntry.TryGetValue(kb, out var g)
                ? (g, "kb-entry", strings.Format($"'{local.Name}' links to the knowledge-base entry {kb.Name} ({kb.Id}) in both articles"))
                : (null, null, null);
        }

        if (local.Demonym is { } dem)
        {
            return _byDemonym.TryGetValue(dem, out var g)
                ? (g, "kb-demonym", strings.Format($"'{local.Name}' describes {dem.Name}, like '{g.Name}'"))
                : (null, null, null);
        }

        if (local.Person is { } person)
            return FindPerson(local, person);

        if (_byName.TryGetValue(local.Key, out var same) && Compatible(same.Type, local.Type))
            return (same, "same-name", strings.Format($"'{local.Name}' has the same normalized name as '{same.Name}'"));
        var loose = PersonName.WordKey(local.Key, strings);
        if (loose.Length >= 4 && _byLoose.TryGetValue(loose, out var variant) && Compatible(variant.Type, local.Type))
            return (variant, "transliteration", strings.Format($"'{local.Name}' and '{variant.Name}' spell the same name differently"));
        if (_byAcronym.TryGetValue(local.Key, out var full) && Compatible(full.Type, local.Type))
            return (full, "acronym", strings.Format($"'{local.Name}' is the initials of '{full.Name}'"));
        if (NameMatcher.Acronym(local.Key) is { } acr && _byName.TryGetValue(acr, out var shortForm) && shortForm.IsAcronymForm && Compatible(shortForm.Type, local.Type))
            return (shortForm, "acronym", strings.Format($"'{shortForm.Name}' is the initials of '{local.Name}'"));
        return (null, null, null);
    }

    private (GlobalEntity?, string?, string?) FindPerson(LocalEntity local, PersonName person)
    {
        if (!_bySkeleton.TryGetValue(person.Skeleton, out var candidates))
            return (null, null, null);
        var context = new PersonContext(local.Country, local.Org?.Id, local.RoleView);
        GlobalEntity? best = null;
        var bestScore = -1;
        var tie = false;
        foreach (var c in candidates)
        {
            if (c.Person is null)
                continue;
            var score = VariantMatcher.Score(person, context, c.Person, c.Context, out _, out _, out _);
            if (score < 0)
                continue;
            if (score > bestScore)
            {
                best = c;
                bestScore = score;
                tie = false;
            }
            else if (score == bestScore)
            {
                tie = true;
            }
        }

        // Two equally good candidates: the name alone cannot tell which person is meant, so merge with neither.
        if (best is null || tie)
            return (null, null, null);
        var match = VariantMatcher.Match(person, context, best.Person!, best.Context);
        return (best, match.Rule, match.Detail);
    }

    private static bool Compatible(EntityType a, EntityType b) =>
        a == b || (a is EntityType.LOC or EntityType.GPE && b is EntityType.LOC or EntityType.GPE) || a == EntityType.MISC || b == EntityType.MISC;

    private void Index(GlobalEntity g, LocalEntity local)
    {
        if (local.Kb is { } kb)
        {
            _byEntry[kb] = g;
            return;
        }

        if (local.Demonym is { } dem)
        {
            _byDemonym[dem] = g;
            return;
        }

        if (local.Person is { } person)
        {
            if (!_bySkeleton.TryGetValue(person.Skeleton, out var list))
                _bySkeleton[person.Skeleton] = list = [];
            list.Add(g);
            return;
        }

        _byName.TryAdd(local.Key, g);
        var loose = PersonName.WordKey(local.Key, strings);
        if (loose.Length >= 4)
            _byLoose.TryAdd(loose, g);
        if (NameMatcher.Acronym(local.Key) is { } acr)
            _byAcronym.TryAdd(acr, g);
    }

    private List<Entity> Finish()
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        var result = new List<Entity>(_entities.Count);
        foreach (var g in _entities)
        {
            var id = g.Kb?.Id ?? g.BaseId(strings);
            var unique = id;
            for (var k = 2; !used.Add(unique); k++)
                unique = id + "-" + k.ToString(System.Globalization.CultureInfo.InvariantCulture);
            g.Id = unique;
            result.Add(g.ToEntity());
        }

        return result;
    }
}
