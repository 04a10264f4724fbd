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
        for (var i = 0; i < ids.Length; i++)
        {
            var e = analysis.MentionEntity[i];
            if (e < 0)
                continue;
            var entity = analysis.Entities[e].Root();
            ids[i] = analysis.Entities[e].ProvisionalId();
            codes[i] = entity.Code();
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

        var (entities, ids) = new CorpusResolver().Resolve(resolved);
        for (var i = 0; i < documents.Count; i++)
            documents[i].MentionEntities = ids[i];
        return entities;
    }
}
