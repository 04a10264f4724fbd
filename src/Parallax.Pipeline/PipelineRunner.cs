using System.Runtime.CompilerServices;
using System.Threading.Channels;
using Parallax.Stages;

namespace Parallax.Pipeline;

/// <summary>
/// Streams a source through the document pipeline on all cores. Outcomes come back in input order,
/// and at most a small window of documents is in flight, so memory stays flat however large the source.
/// </summary>
public sealed class PipelineRunner
{
    private readonly DocumentPipeline _pipeline;
    private readonly int _window;

    public PipelineRunner(DocumentPipeline pipeline, int? parallelism = null)
    {
        _pipeline = pipeline;
        _window = Math.Max(1, (parallelism ?? Environment.ProcessorCount) * 2);
    }

    public async IAsyncEnumerable<DocumentOutcome> RunAsync(ISource source, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var inFlight = Channel.CreateBounded<Task<DocumentOutcome>>(new BoundedChannelOptions(_window)
        {
            SingleReader = true,
            SingleWriter = true,
        });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var producer = ProduceAsync(source, inFlight.Writer, stop.Token);
        try
        {
            await foreach (var task in inFlight.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
                yield return await task.ConfigureAwait(false);
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

    private async Task ProduceAsync(ISource source, ChannelWriter<Task<DocumentOutcome>> writer, CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var item in source.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                var task = item.Document is { } raw
                    ? Task.Run(() => _pipeline.Process(raw, cancellationToken), cancellationToken)
                    : Task.FromResult(DocumentOutcome.Failed(item.Error!));
                await writer.WriteAsync(task, cancellationToken).ConfigureAwait(false);
            }

            writer.Complete();
        }
        catch (Exception ex)
        {
            writer.Complete(ex);
        }
    }
}
