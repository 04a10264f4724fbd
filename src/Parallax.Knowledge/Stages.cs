using Parallax.Model;
using Parallax.Stages;

namespace Parallax.Knowledge;

/// <summary>Per-document entity resolution: knowledge-base links, GPE split, in-document coreference, roles.</summary>
public sealed class EntityMentionStage(EntityResolution resolution) : IDocumentStage
{
    public string Name => "entities";

    public void Process(Document document, CancellationToken cancellationToken) => resolution.Analyze(document);
}

/// <summary>Cross-document entity resolution: fills Corpus.Entities with canonical actors and their merge evidence.</summary>
public sealed class EntityStage(EntityResolution resolution) : ICorpusStage
{
    public string Name => "entities";

    public void Process(Corpus corpus, CancellationToken cancellationToken)
    {
        corpus.Entities.Clear();
        corpus.Entities.AddRange(resolution.ResolveCorpus(corpus.Documents, cancellationToken));
    }
}
