using System.Runtime.CompilerServices;
using System.Text;
using Parallax.Model;
using Parallax.Stages;

namespace Parallax.Pipeline.Tests;

/// <summary>An in-memory source that records how far ahead of the consumer it has been pulled.</summary>
internal sealed class MemorySource(IReadOnlyList<(string Name, string Content)> docs) : ISource
{
    public int Produced;

    public async IAsyncEnumerable<SourceItem> ReadAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var (name, content) in docs)
        {
            await Task.Yield();
            Interlocked.Increment(ref Produced);
            yield return content.Length == 0
                ? SourceItem.Fail(name, "empty file (0 bytes)")
                : SourceItem.Ok(new RawDocument(SourceInfo.FromPath(name), Encoding.UTF8.GetBytes(content)));
        }
    }
}

/// <summary>A real stage that fails on documents whose text contains a marker, to test error isolation.</summary>
internal sealed class FailOnMarkerStage(string marker) : IDocumentStage
{
    public string Name => "marker";

    public void Process(Document document, CancellationToken cancellationToken)
    {
        if (document.Text.Contains(marker, StringComparison.Ordinal))
            throw new DocumentException($"found '{marker}'");
    }
}

/// <summary>Sleeps a pseudo-random time so that parallel completion order differs from input order.</summary>
internal sealed class JitterStage : IDocumentStage
{
    public string Name => "jitter";

    public void Process(Document document, CancellationToken cancellationToken) =>
        Thread.Sleep(document.Text.Length % 7);
}

/// <summary>
/// A batch stage that records the batch sizes it was given and fails documents containing the marker; with
/// failBatches it throws from the batch call itself, as a stage with a bug would.
/// </summary>
internal sealed class BatchMarkerStage(string marker, bool failBatches = false) : IBatchDocumentStage
{
    public List<int> Batches { get; } = [];

    public string Name => "batch-marker";

    public void Process(Document document, CancellationToken cancellationToken)
    {
        if (document.Text.Contains(marker, StringComparison.Ordinal))
            throw new DocumentException($"found '{marker}'");
        document.Upos = ["single"];
    }

    public void Process(IReadOnlyList<Document> documents, Exception?[] errors, CancellationToken cancellationToken)
    {
        lock (Batches)
            Batches.Add(documents.Count);
        if (failBatches)
            throw new InvalidOperationException("batch call failed");
        for (var d = 0; d < documents.Count; d++)
        {
            if (documents[d].Text.Contains(marker, StringComparison.Ordinal))
                errors[d] = new DocumentException($"found '{marker}'");
            else
                documents[d].Upos = ["batch"];
        }
    }
}

/// <summary>Gives its first documents at once, then waits until the test lets it go on, as a feed fetched page by page does.</summary>
internal sealed class StallingSource(IReadOnlyList<(string Name, string Content)> docs, int before) : ISource
{
    public TaskCompletionSource Resume { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public async IAsyncEnumerable<SourceItem> ReadAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        for (var i = 0; i < docs.Count; i++)
        {
            if (i == before)
                await Resume.Task.WaitAsync(cancellationToken);
            yield return SourceItem.Ok(new RawDocument(SourceInfo.FromPath(docs[i].Name), Encoding.UTF8.GetBytes(docs[i].Content)));
        }
    }
}
