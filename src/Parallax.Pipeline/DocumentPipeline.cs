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

    public DocumentOutcome Process(RawDocument raw, CancellationToken cancellationToken)
    {
        var source = raw.Source.Display;
        Document document;
        try
        {
            document = new Document(Extractor.Extract(raw, cancellationToken));
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return DocumentOutcome.Failed(new DocumentError(source, "extract", Describe(ex)));
        }

        foreach (var stage in Stages)
        {
            try
            {
                stage.Process(document, cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                return DocumentOutcome.Failed(new DocumentError(source, stage.Name, Describe(ex)));
            }
        }

        return DocumentOutcome.Ok(document);
    }

    /// <summary>Our own exceptions carry a user-facing message; anything else also names its type, since it is a bug.</summary>
    private static string Describe(Exception ex) =>
        ex is DocumentException ? ex.Message : $"{ex.GetType().Name}: {ex.Message}";
}
