using Parallax.Model;

namespace Parallax.Pipeline;

/// <summary>What became of one input: an analyzed document, or the error that stopped it.</summary>
public readonly record struct DocumentOutcome(Document? Document, DocumentError? Error)
{
    public static DocumentOutcome Ok(Document document) => new(document, null);
    public static DocumentOutcome Failed(DocumentError error) => new(null, error);
}
