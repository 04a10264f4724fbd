using System.Runtime.CompilerServices;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using Parallax.Model;
using Parallax.Stages;

namespace Parallax.Ingest;

/// <summary>One entry of an RSS 2.0, RSS 1.0 (RDF) or Atom feed.</summary>
public sealed record FeedItem(string? Title, string? Link, string? Content, DateTimeOffset? Published, string? Channel);

/// <summary>
/// Items of a feed become documents: the item's content (content:encoded, Atom content, then description or
/// summary), or with <see cref="SourceOptions.Fetch"/> the page its link points to, carrying the item's title and date as hints.
/// </summary>
public sealed class FeedSource(string where, Func<CancellationToken, Task<byte[]>> load, SourceOptions options, HttpFetcher? fetcher) : ISource
{
    public async IAsyncEnumerable<SourceItem> ReadAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        List<FeedItem> items;
        string? error = null;
        try
        {
            items = Parse(await load(cancellationToken).ConfigureAwait(false));
        }
        catch (Exception ex) when (ex is XmlException or IOException or UnauthorizedAccessException or FetchException)
        {
            items = [];
            error = "cannot read feed: " + ex.Message;
        }

        if (error is not null)
        {
            yield return SourceItem.Fail(where, error);
            yield break;
        }

        var n = 0;
        foreach (var item in items)
        {
            n++;
            var id = item.Link ?? $"{where}#{n}";
            if (options.Fetch && fetcher is not null && item.Link is not null && HttpFetcher.IsUrl(item.Link))
            {
                var fetched = await fetcher.FetchAsync(item.Link, cancellationToken).ConfigureAwait(false);
                if (fetched.Document is { } doc)
                {
                    yield return SourceItem.Ok(new RawDocument(doc.Source with { Outlet = item.Channel }, doc.Content, doc.Format)
                    {
                        Charset = doc.Charset,
                        TitleHint = item.Title,
                        PublishedHint = item.Published,
                    });
                    continue;
                }

                yield return fetched;
                continue;
            }

            if (string.IsNullOrWhiteSpace(item.Content))
            {
                yield return SourceItem.Fail(id, "feed item has no content (use --fetch to read its link)");
                continue;
            }

            yield return SourceItem.Ok(new RawDocument(new SourceInfo(where, item.Link, item.Channel), Encoding.UTF8.GetBytes(item.Content), RawFormat.Html)
            {
                Charset = "utf-8",
                TitleHint = item.Title,
                PublishedHint = item.Published,
            });
        }
    }

    public static List<FeedItem> Parse(byte[] bytes)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null, MaxCharactersFromEntities = 1024, IgnoreComments = true };
        using var stream = new MemoryStream(bytes);
        using var reader = XmlReader.Create(stream, settings);
        var doc = XDocument.Load(reader);
        var root = doc.Root ?? throw new XmlException("empty feed");
        var items = new List<FeedItem>();
        if (root.Name.LocalName == "feed")
        {
            var channel = Child(root, "title");
            foreach (var e in root.Elements())
            {
                if (e.Name.LocalName != "entry")
                    continue;
                string? link = null;
                foreach (var l in e.Elements())
                {
                    if (l.Name.LocalName == "link" && (string?)l.Attribute("rel") is null or "alternate")
                    {
                        link ??= (string?)l.Attribute("href");
                    }
                }

                items.Add(new FeedItem(Child(e, "title"), link, Child(e, "content") ?? Child(e, "summary"), Date(Child(e, "published") ?? Child(e, "updated")), channel));
            }

            return items;
        }

        var container = root.Name.LocalName == "rss" ? root.Elements().FirstOrDefault(x => x.Name.LocalName == "channel") ?? root : root;
        var title = Child(container, "title") ?? Child(root.Elements().FirstOrDefault(x => x.Name.LocalName == "channel") ?? root, "title");
        foreach (var e in container.Descendants())
        {
            if (e.Name.LocalName != "item")
                continue;
            items.Add(new FeedItem(Child(e, "title"), Child(e, "link") ?? Child(e, "guid"), Child(e, "encoded") ?? Child(e, "description"),
                Date(Child(e, "pubDate") ?? Child(e, "date")), title));
        }

        return items;
    }

    private static string? Child(XElement e, string localName)
    {
        foreach (var c in e.Elements())
        {
            if (c.Name.LocalName == localName)
            {
                var v = c.Value.Trim();
                return v.Length == 0 ? null : v;
            }
        }

        return null;
    }

    private static DateTimeOffset? Date(string? s) =>
        s is not null && DateTimeOffset.TryParse(s.Replace(" GMT", " +00:00", StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var d) ? d : null;
}
