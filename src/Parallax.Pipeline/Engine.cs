using Parallax.Extract;
using Parallax.Facts;
using Parallax.Model;
using Parallax.Stages;
using Parallax.Stories;

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

    public static string Version { get; } =
        typeof(Engine).Assembly.GetName().Version is { } v ? $"{v.Major}.{v.Minor}.{v.Build}" : "0.0.0";

    public static Engine CreateDefault()
    {
        var documentStages = new List<IDocumentStage>();

        // Facts read the NLP and knowledge layers when present, so they run after those stages.
        documentStages.Add(new FactsStage());
        var corpusStages = new List<ICorpusStage> { new StoryStage() };
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
