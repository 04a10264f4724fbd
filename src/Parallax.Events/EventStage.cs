using Parallax.Model;
using Parallax.Stages;

namespace Parallax.Events;

/// <summary>The pipeline stage: fills Document.Events from the tokens, tags, mentions and actor codes of earlier stages.</summary>
public sealed class EventStage : IDocumentStage
{
    private readonly EventCoder _coder;

    public EventStage(EventCoder? coder = null) => _coder = coder ?? EventCoder.Default;

    public string Name => "events";

    public void Process(Document document, CancellationToken cancellationToken) =>
        document.Events = _coder.Code(document, cancellationToken);
}
