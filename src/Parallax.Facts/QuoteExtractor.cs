using Parallax.Model;

namespace Parallax.Facts;

/// <summary>Quotes of one document: direct, partial and indirect, each with a resolved speaker when the text makes one known.</summary>
internal static class QuoteExtractor
{
    public static List<Attribution> Extract(Document doc)
    {
        using var words = WordRuns.Scan(doc.Text);
        return Extract(doc, words);
    }

    public static List<Attribution> Extract(Document doc, WordRuns words)
    {
        var text = doc.Text;
        var quotes = QuoteFinder.Find(text);
        var indirect = IndirectFinder.Find(text, words, quotes);
        var all = new List<Attribution>(quotes.Count + indirect.Count);
        all.AddRange(quotes);
        all.AddRange(indirect);
        var fromMentions = doc.Mentions.Length > 0;
        var runs = fromMentions ? NameRuns.FromMentions(doc) : NameRuns.Scan(text, words, quotes);
        SpeakerResolver.Resolve(text, all, runs, fromMentions);
        return all;
    }
}
