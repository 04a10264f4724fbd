using System.Runtime.CompilerServices;
using Parallax.Model;
using Parallax.Stages;

namespace Parallax.Ingest;

/// <summary>
/// One source over mixed inputs: http(s) URLs are fetched (a feed URL expands to its items); paths are walked
/// and each file is sniffed by content as a JSONL file, a feed, a WARC (plain or gzipped) or a single document.
/// </summary>
public sealed class SourceFactory : ISource, IDisposable
{
    private readonly IReadOnlyList<string> _inputs;
    private readonly SourceOptions _options;
    private HttpFetcher? _fetcher;

    private SourceFactory(IReadOnlyList<string> inputs, SourceOptions options)
    {
        _inputs = inputs;
        _options = options;
    }

    public static SourceFactory Create(IReadOnlyList<string> inputs, SourceOptions? options = null) => new(inputs, options ?? new SourceOptions());

    /// <summary>Whether a path holds several documents (directory, JSONL, feed or WARC) rather than one.</summary>
    public static bool IsContainer(string path) =>
        Directory.Exists(path) || (File.Exists(path) && InputSniffer.Sniff(path) != InputKind.Document);

    private HttpFetcher Fetcher => _fetcher ??= new HttpFetcher(_options);

    public async IAsyncEnumerable<SourceItem> ReadAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var input in _inputs)
        {
            if (HttpFetcher.IsUrl(input))
            {
                await foreach (var item in ReadUrlAsync(input, cancellationToken).ConfigureAwait(false))
                    yield return item;
                continue;
            }

            foreach (var file in FileSource.Enumerate(input))
            {
                cancellationToken.ThrowIfCancellationRequested();
                ISource source = InputSniffer.Sniff(file) switch
                {
                    InputKind.Jsonl => new JsonlSource(file),
                    InputKind.Feed => new FeedSource(file, ct => File.ReadAllBytesAsync(file, ct), _options, _options.Fetch ? Fetcher : null),
                    InputKind.Warc or InputKind.GzipWarc => new WarcSource(file, _options.MaxFileBytes),
                    _ => new FileSource([file], _options.MaxFileBytes, _inputs.Count == 1 ? _options.UrlOverride : null),
                };
                await foreach (var item in source.ReadAsync(cancellationToken).ConfigureAwait(false))
                    yield return item;
            }
        }
    }

    private async IAsyncEnumerable<SourceItem> ReadUrlAsync(string url, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var item = await Fetcher.FetchAsync(url, cancellationToken).ConfigureAwait(false);
        if (item.Document is { } doc && doc.Format != RawFormat.Html && InputSniffer.Sniff(doc.Content.Span[..Math.Min(doc.Content.Length, 1024)]) == InputKind.Feed)
        {
            var bytes = doc.Content.ToArray();
            var feed = new FeedSource(url, _ => Task.FromResult(bytes), _options, Fetcher);
            await foreach (var entry in feed.ReadAsync(cancellationToken).ConfigureAwait(false))
                yield return entry;
            yield break;
        }

        yield return item;
    }

    public void Dispose() => _fetcher?.Dispose();
}
