using System.Runtime.CompilerServices;
using System.Threading.Channels;
using Parallax.Stages;

namespace Parallax.Pipeline;

/// <summary>
/// Streams a source through the document pipeline on all cores. Documents go in batches, so each stage runs over many
/// documents while its tables are in cache; a run starts with one-document batches and doubles them up to
/// <see cref="MaxBatch"/> documents or <see cref="MaxBatchBytes"/> of input, so a small source still spreads over the
/// cores and its first outcomes come quickly; when the source is slow, what it has given goes on after
/// <see cref="FlushAfter"/> without waiting for a full batch. Outcomes come back in input order, and at most a small
/// window of batches is in flight, so memory stays flat however large the source.
/// </summary>
public sealed class PipelineRunner
{
    public const int MaxBatch = 128;
    public const int MaxBatchBytes = 8 << 20;

    /// <summary>How long documents already read wait for more before they go on as a smaller batch.</summary>
    public static readonly TimeSpan FlushAfter = TimeSpan.FromMilliseconds(500);

    private readonly DocumentPipeline _pipeline;
    private readonly int _window;
    private readonly int _maxBatch;

    public PipelineRunner(DocumentPipeline pipeline, int? parallelism = null, int maxBatch = MaxBatch)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxBatch, 1);
        _pipeline = pipeline;
        _window = Math.Max(1, (parallelism ?? Environment.ProcessorCount) * 2);
        _maxBatch = maxBatch;
    }

    public async IAsyncEnumerable<DocumentOutcome> RunAsync(ISource source, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var inFlight = Channel.CreateBounded<Task<DocumentOutcome[]>>(new BoundedChannelOptions(_window)
        {
            SingleReader = true,
            SingleWriter = true,
        });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var producer = ProduceAsync(source, inFlight.Writer, stop.Token);
        try
        {
            await foreach (var task in inFlight.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
            {
                foreach (var outcome in await task.ConfigureAwait(false))
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    yield return outcome;
                }
            }
        }
        finally
        {
            await stop.CancelAsync().ConfigureAwait(false);
            try
            {
                await producer.ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
            }
        }
    }

    private async Task ProduceAsync(ISource source, ChannelWriter<Task<DocumentOutcome[]>> writer, CancellationToken cancellationToken)
    {
        try
        {
            var batch = new List<SourceItem>();
            var size = 1;
            long bytes = 0;
            async Task Send()
            {
                await writer.WriteAsync(Start(batch, cancellationToken), cancellationToken).ConfigureAwait(false);
                batch = [];
                bytes = 0;
            }

            var items = source.ReadAsync(cancellationToken).GetAsyncEnumerator(cancellationToken);
            await using (items.ConfigureAwait(false))
            {
                var next = items.MoveNextAsync().AsTask();
                try
                {
                    while (true)
                    {
                        // A slow source (a feed fetched page by page) does not hold back the documents it has already given.
                        if (batch.Count > 0 && !next.IsCompleted
                            && await Task.WhenAny(next, Task.Delay(FlushAfter, cancellationToken)).ConfigureAwait(false) != next)
                        {
                            await Send().ConfigureAwait(false);
                            continue;
                        }

                        if (!await next.ConfigureAwait(false))
                            break;
                        var item = items.Current;
                        next = items.MoveNextAsync().AsTask();
                        batch.Add(item);
                        bytes += item.Document?.Content.Length ?? 0;
                        if (batch.Count < size && bytes < MaxBatchBytes)
                            continue;
                        await Send().ConfigureAwait(false);
                        size = Math.Min(size * 2, _maxBatch);
                    }
                }
                finally
                {
                    // The source may not be disposed while a read is pending; it ends on the same cancellation.
                    await next.ContinueWith(static _ => { }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default)
                        .ConfigureAwait(false);
                }
            }

            if (batch.Count > 0)
                await Send().ConfigureAwait(false);
            writer.Complete();
        }
        catch (Exception ex)
        {
            writer.Complete(ex);
        }
    }

    /// <summary>Items the source could not read keep their place among the batch's outcomes.</summary>
    private Task<DocumentOutcome[]> Start(List<SourceItem> items, CancellationToken cancellationToken)
    {
        if (items.All(i => i.Document is null))
            return Task.FromResult(items.Select(i => DocumentOutcome.Failed(i.Error!)).ToArray());
        return Task.Run(() =>
        {
            var outcomes = new DocumentOutcome[items.Count];
            var read = _pipeline.Process([.. items.Where(i => i.Document is not null).Select(i => i.Document!)], cancellationToken);
            var next = 0;
            for (var i = 0; i < items.Count; i++)
                outcomes[i] = items[i].Document is null ? DocumentOutcome.Failed(items[i].Error!) : read[next++];
            return outcomes;
        }, cancellationToken);
    }
}
