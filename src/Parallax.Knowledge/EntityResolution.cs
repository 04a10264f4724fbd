using System.Runtime.CompilerServices;
using Parallax.Knowledge.Kb;
using Parallax.Knowledge.Resolution;
using Parallax.Model;

namespace Parallax.Knowledge;

/// <summary>
/// Entity resolution for a run: the knowledge base and resolver, loaded once, shared by the per-document stage and the
/// corpus stage. The per-document analysis is kept with its document so the corpus stage does not repeat it.
/// </summary>
public sealed class EntityResolution
{
    private readonly ConditionalWeakTable<Document, DocumentAnalysis> _analyses = [];

    public EntityResolution(KnowledgeBase kb)
    {
        Kb = kb;
        Resolver = new DocumentResolver(kb);
    }

    public KnowledgeBase Kb { get; }
    public DocumentResolver Resolver { get; }

    /// <summary>Resolves one document's mentions and writes its Mentions (with GPE split and nominal mentions added) and MentionEntities.</summary>
    public DocumentAnalysis Analyze(Document document)
    {
        var analysis = Resolver.Resolve(document.Text, document.Mentions, document.Tokens);
        document.Mentions = analysis.Mentions;
        var ids = new string?[analysis.Mentions.Length];
        var codes = new string?[analysis.Mentions.Length];

        // One code per entity, not per mention: a person's code is built from country and role.
        var entityCodes = new string?[analysis.Entities.Count];
        for (var i = 0; i < ids.Length; i++)
        {
            var e = analysis.MentionEntity[i];
            if (e < 0)
                continue;
            ids[i] = analysis.Entities[e].ProvisionalId(Resolver.Strings);
            codes[i] = entityCodes[e] ??= analysis.Entities[e].Root().Code(Resolver.Strings);
        }

        document.MentionEntities = ids;
        document.MentionCodes = codes;
        _analyses.AddOrUpdate(document, analysis);
        return analysis;
    }

    /// <summary>Builds the corpus entities and rewrites every document's MentionEntities with canonical ids.</summary>
    public List<Entity> ResolveCorpus(IReadOnlyList<Document> documents, CancellationToken cancellationToken)
    {
        var resolved = new List<ResolvedDocument>(documents.Count);
        foreach (var d in documents)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var analysis = _analyses.TryGetValue(d, out var a) && ReferenceEquals(a.Mentions, d.Mentions) ? a : Analyze(d);
            resolved.Add(new ResolvedDocument(d.Article.Id, d.Text, analysis));
        }

        var (entities, ids) = new CorpusResolver(Resolver.Strings).Resolve(resolved);
        for (var i = 0; i < documents.Count; i++)
        {
            var previous = documents[i].MentionEntities;
            documents[i].MentionEntities = ids[i];
            if (previous.Length == ids[i].Length)
                Relink(documents[i], previous, ids[i]);
        }

        // The corpus stage ends a run; an engine kept for the next one should not hold this run's strings.
        Resolver.EndRun();
        return entities;
    }

    /// <summary>
    /// Later per-document stages (quotes, events) copied the provisional per-document ids; point them at the
    /// canonical ids so a speaker or actor is the same entity as the one in entities[].
    /// </summary>
    private static void Relink(Document document, string?[] provisional, string?[] canonical)
    {
        if (document.Quotes.Length == 0 && document.Events.Length == 0)
            return;
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < provisional.Length; i++)
        {
            if (provisional[i] is { } from && canonical[i] is { } to)
                map.TryAdd(from, to);
        }

        if (map.Count == 0)
            return;
        string? Map(string? id) => id is not null && map.TryGetValue(id, out var to) ? to : id;
        var quotes = document.Quotes;
        for (var i = 0; i < quotes.Length; i++)
            quotes[i] = quotes[i] with { SpeakerEntity = Map(quotes[i].SpeakerEntity) };
        var events = document.Events;
        for (var i = 0; i < events.Length; i++)
        {
            var e = events[i];
            events[i] = e with
            {
                Source = e.Source with { Entity = Map(e.Source.Entity) },
                Target = e.Target with { Entity = Map(e.Target.Entity) },
            };
        }
    }
}
