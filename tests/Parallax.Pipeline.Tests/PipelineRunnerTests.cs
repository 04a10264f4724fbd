using Parallax.Extract;
using Parallax.Stages;

namespace Parallax.Pipeline.Tests;

public sealed class PipelineRunnerTests
{
    private static List<(string, string)> Docs(int n) =>
        Enumerable.Range(0, n).Select(i => ($"doc{i}", $"Title {i}\n\nBody {new string('x', i % 13)} number {i}.")).ToList();

    private static DocumentPipeline Pipeline(params IDocumentStage[] stages) => new(new ArticleExtractor(), stages);

    [Fact]
    public async Task Outcomes_come_back_in_input_order_despite_parallel_work()
    {
        var runner = new PipelineRunner(Pipeline(new JitterStage()), parallelism: 4);
        var titles = new List<string?>();
        await foreach (var o in runner.RunAsync(new MemorySource(Docs(200)), CancellationToken.None))
            titles.Add(o.Document!.Article.Metadata.Title);
        Assert.Equal(Enumerable.Range(0, 200).Select(i => $"Title {i}"), titles);
    }

    [Fact]
    public async Task A_failing_document_becomes_an_error_and_the_rest_go_on()
    {
        var docs = Docs(10);
        docs[3] = ("doc3", "Bad one\n\nThis text has POISON in it.");
        docs[6] = ("doc6", string.Empty);
        var runner = new PipelineRunner(Pipeline(new FailOnMarkerStage("POISON")));
        var outcomes = new List<DocumentOutcome>();
        await foreach (var o in runner.RunAsync(new MemorySource(docs), CancellationToken.None))
            outcomes.Add(o);

        Assert.Equal(10, outcomes.Count);
        Assert.Equal(8, outcomes.Count(o => o.Document is not null));
        Assert.Equal(new Model.DocumentError("doc3", "marker", "found 'POISON'"), outcomes[3].Error);
        Assert.Equal("read", outcomes[6].Error!.Stage);
    }

    [Fact]
    public async Task The_source_is_never_pulled_far_ahead_of_the_consumer()
    {
        var source = new MemorySource(Docs(1000));
        var runner = new PipelineRunner(Pipeline(), parallelism: 2, maxBatch: 4);
        var consumed = 0;
        var maxAhead = 0;
        await foreach (var _ in runner.RunAsync(source, CancellationToken.None))
        {
            consumed++;
            maxAhead = Math.Max(maxAhead, Volatile.Read(ref source.Produced) - consumed);
            if (consumed % 100 == 0)
                await Task.Delay(5);
        }

        Assert.Equal(1000, consumed);
        // Four batches in flight, one being filled and one waiting for room, of at most four documents each.
        Assert.InRange(maxAhead, 0, 6 * 4);
    }

    [Fact]
    public async Task Batches_start_at_one_document_and_double_up_to_the_limit()
    {
        var stage = new BatchMarkerStage("POISON");
        var runner = new PipelineRunner(Pipeline(stage), parallelism: 2, maxBatch: 8);
        var outcomes = new List<DocumentOutcome>();
        await foreach (var o in runner.RunAsync(new MemorySource(Docs(40)), CancellationToken.None))
            outcomes.Add(o);

        Assert.Equal(40, outcomes.Count);
        // Batches of 1, 2, 4, 8, 8, 8, 8 and 1 documents; a batch of one takes the single-document path.
        Assert.Equal([2, 4, 8, 8, 8, 8], stage.Batches.Order());
        Assert.All(outcomes.Skip(1).Take(38), o => Assert.Equal(["batch"], o.Document!.Upos));
        Assert.Equal(["single"], outcomes[0].Document!.Upos);
        Assert.Equal(["single"], outcomes[39].Document!.Upos);
    }

    [Fact]
    public async Task In_a_batch_a_failing_document_becomes_an_error_and_the_rest_go_on()
    {
        var docs = Docs(16);
        docs[5] = ("doc5", "Bad one\n\nThis text has POISON in it.");
        docs[9] = ("doc9", string.Empty);
        var stage = new BatchMarkerStage("POISON");
        var runner = new PipelineRunner(Pipeline(stage, new FailOnMarkerStage("number 11.")));
        var outcomes = new List<DocumentOutcome>();
        await foreach (var o in runner.RunAsync(new MemorySource(docs), CancellationToken.None))
            outcomes.Add(o);

        Assert.Equal(16, outcomes.Count);
        Assert.Equal(new Model.DocumentError("doc5", "batch-marker", "found 'POISON'"), outcomes[5].Error);
        Assert.Equal("read", outcomes[9].Error!.Stage);
        Assert.Equal(new Model.DocumentError("doc11", "marker", "found 'number 11.'"), outcomes[11].Error);
        Assert.Equal(13, outcomes.Count(o => o.Document is not null));
        Assert.Equal(Enumerable.Range(0, 16).Except([5, 9, 11]).Select(i => $"Title {i}"), outcomes.Where(o => o.Document is not null).Select(o => o.Document!.Article.Metadata.Title));
    }

    [Fact]
    public async Task A_batch_call_that_throws_is_retried_one_document_at_a_time()
    {
        var docs = Docs(12);
        docs[7] = ("doc7", "Bad one\n\nThis text has POISON in it.");
        var runner = new PipelineRunner(Pipeline(new BatchMarkerStage("POISON", failBatches: true)), parallelism: 1);
        var outcomes = new List<DocumentOutcome>();
        await foreach (var o in runner.RunAsync(new MemorySource(docs), CancellationToken.None))
            outcomes.Add(o);

        Assert.Equal(new Model.DocumentError("doc7", "batch-marker", "found 'POISON'"), outcomes[7].Error);
        Assert.All(outcomes.Where((_, i) => i != 7), o => Assert.Equal(["single"], o.Document!.Upos));
    }

    [Fact]
    public async Task Documents_a_slow_source_has_given_do_not_wait_for_a_full_batch()
    {
        // Batches of 1, 2 and 4: without the flush, the fourth document would wait for three more that are not coming yet.
        var source = new StallingSource(Docs(10), before: 4);
        var runner = new PipelineRunner(Pipeline(), parallelism: 2);
        var titles = new List<string?>();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await foreach (var o in runner.RunAsync(source, timeout.Token))
        {
            titles.Add(o.Document!.Article.Metadata.Title);
            if (titles.Count == 4)
                source.Resume.SetResult();
        }

        Assert.Equal(Enumerable.Range(0, 10).Select(i => $"Title {i}"), titles);
    }

    [Fact]
    public async Task Cancellation_stops_the_run()
    {
        using var cts = new CancellationTokenSource();
        var runner = new PipelineRunner(Pipeline());
        var seen = 0;
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var _ in runner.RunAsync(new MemorySource(Docs(500)), cts.Token))
            {
                if (++seen == 10)
                    await cts.CancelAsync();
            }
        });
        Assert.InRange(seen, 10, 20);
    }
}
