using Parallax.Events;
using Parallax.Extract;
using Parallax.Facts;
using Parallax.Knowledge;
using Parallax.Knowledge.Kb;
using Parallax.Model;
using Parallax.Stages;
using Parallax.Stories;
using Parallax.Stories.Comparison;

namespace Parallax.Pipeline;

/// <summary>The default composition of stages. Loading models happens once here, not per document.</summary>
public sealed class Engine
{
    public Engine(DocumentPipeline documents, IReadOnlyList<ICorpusStage> corpusStages)
    {
        Documents = documents;
        CorpusStages = corpusStages;
    }

    public DocumentPipeline Documents { get; }
    public IReadOnlyList<ICorpusStage> CorpusStages { get; }

    /// <summary>The story stage, which also re-compares stored stories when new articles join them; null when the engine has none.</summary>
    public StoryStage? Stories => CorpusStages.OfType<StoryStage>().FirstOrDefault();

    public static string Version { get; } =
        typeof(Engine).Assembly.GetName().Version is { } v ? $"{v.Major}.{v.Minor}.{v.Build}" : "0.0.0";

    /// <param name="knowledgeFiles">User knowledge-base files (--kb) loaded after the built-in data.</param>
    /// <param name="eventCoder">A coder with a user events dictionary (--events-dict); the built-in one when null.</param>
    public static Engine CreateDefault(IReadOnlyList<string>? knowledgeFiles = null, EventCoder? eventCoder = null)
    {
        var kb = knowledgeFiles is { Count: > 0 } ? KnowledgeBase.Load(knowledgeFiles) : KnowledgeBase.Default;
        var entities = new EntityResolution(kb);

        // Entity resolution reads the recognizer's mentions, so it stays after the recognizer in this list.
        var documentStages = new List<IDocumentStage>
        {
            Parallax.Nlp.NlpStage.LoadDefault(),
            new EntityMentionStage(entities),
            new FactsStage(),
            new EventStage(eventCoder),
        };
        var corpusStages = new List<ICorpusStage> { new EntityStage(entities), new StoryStage(comparisons: [new StoryComparison(name => kb.TryFind(name, out var hit) ? hit.Entry.Id : null)]) };
        return new Engine(new DocumentPipeline(new ArticleExtractor(), documentStages), corpusStages);
    }

    /// <summary>Runs the whole pipeline over a source and keeps every document, for a report of the run.</summary>
    public async Task<AnalysisResult> AnalyzeAsync(ISource source, IProgress<DocumentOutcome>? progress, CancellationToken cancellationToken)
    {
        var documents = new List<Document>();
        var errors = new List<DocumentError>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        await foreach (var outcome in new PipelineRunner(Documents).RunAsync(source, cancellationToken).ConfigureAwait(false))
        {
            progress?.Report(outcome);
            if (outcome.Error is { } error)
                errors.Add(error);
            else if (seen.Add(outcome.Document!.Article.Id))
                documents.Add(outcome.Document);
        }

        var corpus = new Corpus(documents);
        foreach (var stage in CorpusStages)
            stage.Process(corpus, cancellationToken);
        return new AnalysisResult(corpus, errors);
    }
}

public sealed record AnalysisResult(Corpus Corpus, IReadOnlyList<DocumentError> Errors);
