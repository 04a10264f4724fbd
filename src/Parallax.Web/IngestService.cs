using System.Text;
using Parallax.Model;
using Parallax.Pipeline;
using Parallax.Store;
using Parallax.Stories;
using Parallax.Web.Api;

namespace Parallax.Web;

/// <summary>
/// Ingests documents posted to the API. Extraction and annotation run in parallel outside the write lock; storing and
/// story assignment run under it. The story assigner is kept warm across requests and first catches up on whatever
/// was stored since it last looked (by this server or by `parallax ingest`), so new articles join existing stories.
/// </summary>
public sealed class IngestService
{
    private readonly Engine _engine;
    private readonly StoreService _stores;
    private readonly StoryAssigner _assigner = new();
    private long _assignedSeq;

    public IngestService(Engine engine, StoreService stores)
    {
        _engine = engine;
        _stores = stores;
    }

    public async Task<IngestResponse> IngestAsync(IReadOnlyList<RawDocument> inputs, IReadOnlyList<IngestItem> rejected, CancellationToken cancellationToken)
    {
        var outcomes = new DocumentOutcome[inputs.Count];
        await Parallel.ForAsync(0, inputs.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = cancellationToken },
            (i, ct) =>
            {
                outcomes[i] = _engine.Documents.Process(inputs[i], ct);
                return ValueTask.CompletedTask;
            }).ConfigureAwait(false);

        var items = await _stores.WriteAsync(store =>
        {
            foreach (var a in store.ReadArticlesAfter(_assignedSeq))
            {
                _assigner.Assign(a.Document, cancellationToken);
                _assignedSeq = a.Seq;
            }

            var results = new List<IngestItem>(inputs.Count + rejected.Count);
            results.AddRange(rejected);
            var batch = new List<(Document, string)>();
            var pending = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i < outcomes.Length; i++)
            {
                var source = inputs[i].Source.Display;
                if (outcomes[i].Error is { } error)
                {
                    results.Add(new IngestItem(source, "failed", null, null, $"{error.Stage}: {error.Message}"));
                    continue;
                }

                var doc = outcomes[i].Document!;
                var id = doc.Article.Id;
                if (pending.TryGetValue(id, out var story) || (story = store.StoryOf(id)) is not null)
                {
                    results.Add(new IngestItem(source, "duplicate", id, story, null));
                    continue;
                }

                story = _assigner.Assign(doc, cancellationToken);
                pending.Add(id, story);
                batch.Add((doc, story));
                results.Add(new IngestItem(source, "added", id, story, null));
            }

            if (batch.Count > 0)
                store.AddBatch(batch);
            Ingestor.RefreshComparisons(_engine, store, batch.Select(b => b.Item2).Distinct(StringComparer.Ordinal), cancellationToken);
            _assignedSeq = store.MaxSeq;
            store.SyncEntityIndex();
            return results;
        }, cancellationToken).ConfigureAwait(false);

        return new IngestResponse(
            items.Count(r => r.Status == "added"), items.Count(r => r.Status == "duplicate"), items.Count(r => r.Status == "failed"), items);
    }

    /// <summary>A JSON input as the raw document the pipeline reads. Plain text takes its first line as the title, so a given title goes first.</summary>
    public static RawDocument FromInput(ArticleInput input, int index)
    {
        var html = input.Html is not null;
        var body = html ? input.Html! : input.Text!;
        if (!html && !string.IsNullOrWhiteSpace(input.Title))
            body = input.Title.Trim() + "\n\n" + body;
        var source = new SourceInfo(input.SourceUrl is null ? $"request[{index}]" : null, input.SourceUrl, Params.Blank(input.Outlet));
        DateTimeOffset? published = DateTimeOffset.TryParse(input.Published, System.Globalization.CultureInfo.InvariantCulture,
            System.Globalization.DateTimeStyles.AssumeUniversal, out var p) ? p : null;
        return new RawDocument(source, Encoding.UTF8.GetBytes(body), html ? RawFormat.Html : RawFormat.PlainText)
        {
            TitleHint = Params.Blank(input.Title),
            PublishedHint = published,
        };
    }
}
