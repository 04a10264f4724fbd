using Parallax.Annotations;
using Parallax.Extract;
using Parallax.Model;
using Parallax.Testing;

namespace Parallax.Facts.Tests;

/// <summary>The two seed articles in ../shared/seeds, read at test time through the real extractor; skipped when absent.</summary>
public sealed class SeedsTests
{
    // Expected speaker (a word of the resolved name) for each direct or partial quote, in reading order.
    // Two partial quotes in one sentence count once each. These are facts about the articles, not their text.
    private static readonly string[] Seed000 =
        ["attendance", "Jaafari", "Harf", "Harf", "Khamenei", "Khamenei", "State Department", "Harf", "Harf", "Kerry", "Kerry", "Rasmussen", "Rasmussen", "Hammond"];

    private static readonly string[] Seed004 =
        ["Kerry", "Massoum", "participant nations", "French diplomat", "Hollande", "Kerry", "Massoum", "Khamenei", "Kerry", "French intelligence official", "Lavrov", "Lavrov", "Massoum", "Defense Ministry", "Cameron", "Rasmussen"];

    private static Document? Load(string prefix)
    {
        if (Repo.Seeds is null)
            return null;
        var file = Directory.GetFiles(Repo.Seeds, prefix + "_*.txt").Single();
        var raw = new RawDocument(SourceInfo.FromPath(file), File.ReadAllBytes(file));
        var doc = new Document(new ArticleExtractor().Extract(raw, CancellationToken.None));
        new FactsStage().Process(doc, CancellationToken.None);
        return doc;
    }

    [Fact]
    public void Quote_speaker_pairs_are_attributed()
    {
        var a = Load("000");
        var b = Load("004");
        if (a is null || b is null)
            return;
        var right = Count(a, Seed000) + Count(b, Seed004);
        Assert.True(right >= 27, $"{right} of {Seed000.Length + Seed004.Length} quote speakers right");
    }

    private static int Count(Document d, string[] expected)
    {
        var quotes = d.Quotes.Where(q => q.Kind != QuoteKind.Indirect).ToList();
        Assert.True(quotes.Count >= expected.Length, $"only {quotes.Count} direct or partial quotes found");
        var right = 0;
        for (var i = 0; i < expected.Length; i++)
        {
            var name = quotes[i].SpeakerName ?? d.Slice(quotes[i].Speaker);
            if (name.Contains(expected[i], StringComparison.OrdinalIgnoreCase))
                right++;
        }

        return right;
    }

    [Fact]
    public void Continued_and_secretary_speakers_are_resolved()
    {
        var a = Load("000");
        if (a is null)
            return;
        var continued = Assert.Single(a.Quotes, q => a.Slice(q.Cue) == "continued");
        Assert.Equal("he", a.Slice(continued.Speaker));
        Assert.Contains("Khamenei", continued.SpeakerName, StringComparison.Ordinal);
        var secretary = Assert.Single(a.Quotes, q => a.Slice(q.Speaker) == "the secretary");
        Assert.Contains("Kerry", secretary.SpeakerName, StringComparison.Ordinal);
    }

    [Fact]
    public void Conference_counts_compare_and_the_coalition_count_does_not()
    {
        var a = Load("000");
        var b = Load("004");
        if (a is null || b is null)
            return;
        var thirty = Assert.Single(a.Claims, c => c.Value == 30 && c.Counted == "nations");
        var forty = Assert.Single(a.Claims, c => c.Value == 40 && c.Counted == "nations");
        var twentyFour = Assert.Single(b.Claims, c => c.Value == 24 && c.Counted!.EndsWith("nations", StringComparison.Ordinal));
        Assert.NotNull(thirty.Frame);
        Assert.Equal(thirty.Frame, twentyFour.Frame);
        Assert.NotEqual(thirty.Frame, forty.Frame);
    }

    [Fact]
    public void Every_marked_quote_in_the_seeds_is_found()
    {
        foreach (var prefix in (string[])["000", "004"])
        {
            var d = Load(prefix);
            if (d is null)
                return;

            // Every opening curly mark starts a quote or lies inside one.
            var quotes = d.Quotes.Where(q => q.Kind != QuoteKind.Indirect).ToList();
            for (var i = 0; i < d.Text.Length; i++)
            {
                if (d.Text[i] != '\u201C')
                    continue;
                var at = i + 1;
                Assert.Contains(quotes, q => (q.Start <= at && at <= q.Start + q.Length) || (!q.Second.IsNone && q.Second.Start <= at && at <= q.Second.End));
            }
        }
    }
}
