using Parallax.Model;
using Parallax.Stages;

namespace Parallax.Pipeline;

/// <summary>Extraction followed by the per-document stages, in order. Stateless per call, so safe in parallel.</summary>
public sealed class DocumentPipeline
{
    public DocumentPipeline(IExtractor extractor, IReadOnlyList<IDocumentStage> stages)
    {
        Extractor = extractor;
        Stages = stages;
    }

    public IExtractor Extractor { get; }
    public IReadOnlyList<IDocumentStage> Stages { get; }

    public DocumentOutcome Process(RawDocument raw, CancellationToken cancellationToken) => Process([raw], cancellationToken)[0];

    /// <summary>
    /// Extracts every document, then runs each stage over all of them before the next stage (a stage that takes
    /// batches gets them all in one call). A document that fails stops there with its error; the others go on.
    /// </summary>
    public DocumentOutcome[] Process(IReadOnlyList<RawDocument> raws, CancellationToken cancellationToken)
    {
        var documents = new Document?[raws.Count];
        var errors = new DocumentError?[raws.Count];
        for (var i = 0; i < raws.Count; i++)
        {
            try
            {
                documents[i] = new Document(Extractor.Extract(raws[i], cancellationToken));
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                errors[i] = new DocumentError(raws[i].Source.Display, "extract", Describe(ex));
            }
        }

        foreach (var stage in Stages)
        {
            var live = Enumerable.Range(0, raws.Count).Where(i => errors[i] is null).ToArray();
            var alive = live.Select(i => documents[i]!).ToArray();
            var failures = new Exception?[live.Length];
            if (stage is IBatchDocumentStage batch && live.Length > 1)
                RunBatch(batch, alive, failures, cancellationToken);
            else
                RunEach(stage, alive, failures, cancellationToken);
            for (var k = 0; k < live.Length; k++)
            {
                if (failures[k] is { } ex)
                    errors[live[k]] = new DocumentError(raws[live[k]].Source.Display, stage.Name, Describe(ex));
            }
        }

        return [.. documents.Select((d, i) => errors[i] is { } error ? DocumentOutcome.Failed(error) : DocumentOutcome.Ok(d!))];
    }

    /// <summary>A stage is meant to catch each document's failure itself; if the batch call fails anyway, each document is retried alone.</summary>
    private static void RunBatch(IBatchDocumentStage stage, Document[] documents, Exception?[] failures, CancellationToken cancellationToken)
    {
        try
        {
            stage.Process(documents, failures, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Array.Clear(failures);
            RunEach(stage, documents, failures, cancellationToken);
        }
    }

    private static void RunEach(IDocumentStage stage, Document[] documents, Exception?[] failures, CancellationToken cancellationToken)
    {
        for (var k = 0; k < documents.Length; k++)
        {
            try
            {
                stage.Process(documents[k], cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                failures[k] = ex;
            }
        }
    }

    /// <summary>Our own exceptions carry a user-facing message; anything else also names its type, since it is a bug.</summary>
    private static string Describe(Exception ex) =>
        ex is DocumentException ? ex.Message : $"{ex.GetType().Name}: {ex.Message}";
}
