using Parallax.Model;
using Parallax.Pipeline;
using Parallax.Stages;
using Parallax.Stories;

namespace Parallax.Store;

public sealed record IngestSummary(int Processed, int Added, int AlreadyStored, IReadOnlyList<DocumentError> Errors);

/// <summary>
/// Streams a source through the engine into the store. Documents are committed in small batches, and
/// the story assigner is rebuilt from what is already stored, so new articles join existing stories.
/// </summary>
public sealed class Ingestor
{
    private readonly Engine _engine;
    private readonly SqliteStore _store;
    private readonly int _batchSize;

    public Ingestor(Engine engine, SqliteStore store, int batchSize = 32)
    {
        _engine = engine;
        _store = store;
        _batchSize = batchSize;
    }

    public async Task<IngestSummary> RunAsync(ISource source, IProgress<DocumentOutcome>? progress, CancellationToken cancellationToken)
    {
        var assigner = new StoryAssigner();
        foreach (var stored in _store.ReadAllDocuments())
            assigner.Assign(stored, cancellationToken);

        var errors = new List<DocumentError>();
        var batch = new List<(Document, string)>(_batchSize);
        var pending = new HashSet<string>(StringComparer.Ordinal);
        var touched = new HashSet<string>(StringComparer.Ordinal);
        int processed = 0, added = 0, duplicates = 0;
        await foreach (var outcome in new PipelineRunner(_engine.Documents).RunAsync(source, cancellationToken).ConfigureAwait(false))
        {
            processed++;
            progress?.Report(outcome);
            if (outcome.Error is { } error)
            {
                errors.Add(error);
                continue;
            }

            var doc = outcome.Document!;
            if (!pending.Add(doc.Article.Id) || _store.Contains(doc.Article.Id))
            {
                duplicates++;
                continue;
            }

            var story = assigner.Assign(doc, cancellationToken);
            touched.Add(story);
            batch.Add((doc, story));
            if (batch.Count >= _batchSize)
            {
                added += _store.AddBatch(batch);
                batch.Clear();
                pending.Clear();
            }
        }

        if (batch.Count > 0)
            added += _store.AddBatch(batch);
        RefreshComparisons(_engine, _store, touched, cancellationToken);
        return new IngestSummary(processed, added, duplicates, errors);
    }

    /// <summary>
    /// Rebuilds and stores the comparison of every story that gained articles, from all of its stored articles. Done
    /// once per run, not per batch, so a story that grows across many batches is compared once.
    /// </summary>
    public static void RefreshComparisons(Engine engine, SqliteStore store, IEnumerable<string> storyIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(storyIds);
        if (engine.Stories is not { } stage)
            return;
        foreach (var id in storyIds)
        {
            if (store.GetStoryRow(id, countOutlets: false) is not { } row)
                continue;
            var docs = store.ReadStoryArticles(id).ConvertAll(a => a.Document);

            // Entities are resolved across the story's articles first, as a run of analyze does across its corpus,
            // so one actor spelled two ways is one speaker and one name-variant row.
            var corpus = new Corpus(docs);
            foreach (var other in engine.CorpusStages)
            {
                if (other is not StoryStage)
                    other.Process(corpus, cancellationToken);
            }

            store.SaveComparison(stage.Refresh(id, row.Title, docs, cancellationToken));
        }
    }
}
