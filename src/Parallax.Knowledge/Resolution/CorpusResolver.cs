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
public sealed class CorpusResolver
{
    private readonly List<GlobalEntity> _entities = [];
    private readonly Dictionary<string, GlobalEntity> _byKey = new(StringComparer.Ordinal);
    private readonly Dictionary<Kb.KbEntry, GlobalEntity> _byEntry = [];
    private readonly Dictionary<Kb.KbEntry, GlobalEntity> _byDemonym = [];
    private readonly Dictionary<string, List<GlobalEntity>> _bySkeleton = new(StringComparer.Ordinal);

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
                var text = doc.Text.Substring(m.Start, m.Length);
                g.Mentions.Add(new EntityMentionRef(doc.ArticleId, m.Start, m.Length, text));
                if (!doc.Analysis.Derived[i])
                {
                    var (cs, cl) = DocumentResolver.Clean(doc.Text, m.Start, m.Length);
                    if (cl > 0)
                        g.AddAlias(doc.Text.AsSpan(cs, cl));
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
            var first = local.Mentions.Count > 0 ? doc.Analysis.Mentions[local.Mentions[0]] : default;
            target.Merges.Add(new EntityEvidence(rule!, detail!, doc.ArticleId, first.Start, first.Length, doc.Text.Substring(first.Start, first.Length)));
            target.Absorb(local);
        }

        foreach (var m in local.Merges)
            target.Merges.Add(new EntityEvidence(m.Rule, m.Detail, doc.ArticleId, m.Start, m.Length, m.Text));
        foreach (var a in local.Attributions)
            target.Attributions.Add(new EntityEvidence(a.Rule, a.Detail, doc.ArticleId, a.Start, a.Length, a.Text));
        return target;
    }

    private (GlobalEntity? Target, string? Rule, string? Detail) FindTarget(LocalEntity local)
    {
        if (local.Kb is { } kb)
        {
            return _byEntry.TryGetValue(kb, out var g)
                ? (g, "kb-entry", $"'{local.Name}' links to the knowledge-base entry {kb.Name} ({kb.Id}) in both articles")
                : (null, null, null);
        }

        if (local.Demonym is { } dem)
        {
            return _byDemonym.TryGetValue(dem, out var g)
                ? (g, "kb-demonym", $"'{local.Name}' describes {dem.Name}, like '{g.Name}'")
                : (null, null, null);
        }

        if (local.Person is { } person)
            return FindPerson(local, person);

        if (_byKey.TryGetValue("name:" + local.Key, out var same) && Compatible(same.Type, local.Type))
            return (same, "same-name", $"'{local.Name}' has the same normalized name as '{same.Name}'");
        var loose = PersonName.WordKey(local.Key);
        if (loose.Length >= 4 && _byKey.TryGetValue("loose:" + loose, out var variant) && Compatible(variant.Type, local.Type))
            return (variant, "transliteration", $"'{local.Name}' and '{variant.Name}' spell the same name differently");
        if (_byKey.TryGetValue("acronym:" + local.Key, out var full) && Compatible(full.Type, local.Type))
            return (full, "acronym", $"'{local.Name}' is the initials of '{full.Name}'");
        if (NameMatcher.Acronym(local.Key) is { } acr && _byKey.TryGetValue("name:" + acr, out var shortForm) && shortForm.IsAcronymForm && Compatible(shortForm.Type, local.Type))
            return (shortForm, "acronym", $"'{shortForm.Name}' is the initials of '{local.Name}'");
        return (null, null, null);
    }

    private (GlobalEntity?, string?, string?) FindPerson(LocalEntity local, PersonName person)
    {
        if (!_bySkeleton.TryGetValue(person.Skeleton, out var candidates))
            return (null, null, null);
        var context = new PersonContext(local.Country, local.Org?.Id, local.Roles);
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

        _byKey.TryAdd("name:" + local.Key, g);
        var loose = PersonName.WordKey(local.Key);
        if (loose.Length >= 4)
            _byKey.TryAdd("loose:" + loose, g);
        if (NameMatcher.Acronym(local.Key) is { } acr)
            _byKey.TryAdd("acronym:" + acr, g);
    }

    private List<Entity> Finish()
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        var result = new List<Entity>(_entities.Count);
        foreach (var g in _entities)
        {
            var id = g.Kb?.Id ?? g.BaseId();
            var unique = id;
            for (var k = 2; !used.Add(unique); k++)
                unique = id + "-" + k.ToString(System.Globalization.CultureInfo.InvariantCulture);
            g.Id = unique;
            result.Add(g.ToEntity());
        }

        return result;
    }
}
