using Parallax.Annotations;
using Parallax.Model;
using Parallax.Stages;

namespace Parallax.Facts;

/// <summary>
/// Fills the Quotes, Claims and Times layers. Uses the NLP stage's sentences and mentions when they are there and
/// falls back to its own light heuristics when they are not, so it also runs on bare text.
/// </summary>
public sealed class FactsStage : IDocumentStage
{
    public string Name => "facts";

    public void Process(Document document, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        // One pass over the words, shared by the quote, claim and time finders.
        using var words = WordRuns.Scan(document.Text);
        var quotes = QuoteExtractor.Extract(document, words);
        var q = new Quote[quotes.Count];
        for (var i = 0; i < q.Length; i++)
            q[i] = quotes[i].ToQuote();
        document.Quotes = q;
        document.Claims = [.. ClaimFinder.Find(document.Text, words, quotes, document.Article.Source.Outlet)];
        var published = document.Article.Metadata.Published is { } p ? DateOnly.FromDateTime(p.DateTime) : (DateOnly?)null;
        document.Times = TimeFinder.Find(document.Text, words, published);
    }
}
