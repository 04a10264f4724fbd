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

            batch.Add((doc, assigner.Assign(doc, cancellationToken)));
            if (batch.Count >= _batchSize)
            {
                added += _store.AddBatch(batch);
                batch.Clear();
                pending.Clear();
            }
        }

        if (batch.Count > 0)
            added += _store.AddBatch(batch);
        return new IngestSummary(processed, added, duplicates, errors);
    }
}
