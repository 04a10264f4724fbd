using Parallax.Annotations;
using Parallax.Model;

namespace Parallax.Facts.Tests;

/// <summary>Runs the real facts stage over text written in a test.</summary>
internal static class Run
{
    public static Document Facts(string text, DateTimeOffset? published = null, string? outlet = null, Action<Document>? upstream = null)
    {
        var article = new Article(new SourceInfo("test.txt", null, outlet), text, text, new ArticleMetadata { Published = published });
        var doc = new Document(article);
        upstream?.Invoke(doc);
        new FactsStage().Process(doc, CancellationToken.None);
        return doc;
    }

    public static string Slice(this Document d, TextRange r) => r.IsNone ? string.Empty : d.Text.Substring(r.Start, r.Length);

    public static string Content(this Document d, Quote q) => d.Text.Substring(q.Start, q.Length);

    public static Quote QuoteWith(this Document d, string content) =>
        d.Quotes.Single(q => d.Content(q).Contains(content, StringComparison.Ordinal) || (!q.Second.IsNone && d.Slice(q.Second).Contains(content, StringComparison.Ordinal)));
}
