using Parallax.Model;

namespace Parallax.Stages;

/// <summary>Produces raw documents, lazily, so a source of any size streams through bounded memory.</summary>
public interface ISource
{
    IAsyncEnumerable<SourceItem> ReadAsync(CancellationToken cancellationToken);
}

/// <summary>Either a document or the reason one could not be read.</summary>
public readonly record struct SourceItem(RawDocument? Document, DocumentError? Error)
{
    public static SourceItem Ok(RawDocument document) => new(document, null);
    public static SourceItem Fail(string source, string message) => new(null, new DocumentError(source, "read", message));
}

/// <summary>Turns a raw document into an article with cleaned text and metadata.</summary>
public interface IExtractor
{
    Article Extract(RawDocument raw, CancellationToken cancellationToken);
}

/// <summary>A stage that annotates one document at a time; documents run in parallel, so it must be thread-safe.</summary>
public interface IDocumentStage
{
    string Name { get; }

    void Process(Document document, CancellationToken cancellationToken);
}

/// <summary>
/// A document stage that can also take several documents at once and run each of its layers over all of them before
/// the next, so a layer's model tables stay in cache from one document to the next. The results are those of
/// processing the documents one at a time.
/// </summary>
public interface IBatchDocumentStage : IDocumentStage
{
    /// <summary>
    /// Processes each document whose errors entry is null. A document that fails gets its exception in errors and is
    /// left out of the later layers; the others go on. If this call throws, the pipeline runs the single-document
    /// Process on each document again, so that must give a whole result over a partly annotated document.
    /// </summary>
    void Process(IReadOnlyList<Document> documents, Exception?[] errors, CancellationToken cancellationToken);
}

/// <summary>A stage that needs every document at once: cross-document entities, stories.</summary>
public interface ICorpusStage
{
    string Name { get; }

    void Process(Corpus corpus, CancellationToken cancellationToken);
}

/// <summary>Assigns documents to stories one at a time, in arrival order, keeping only compact state.</summary>
public interface IStoryAssigner
{
    string Assign(Document document, CancellationToken cancellationToken);
}
