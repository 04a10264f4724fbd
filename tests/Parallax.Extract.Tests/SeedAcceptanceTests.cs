using Parallax.Model;

namespace Parallax.Extract.Tests;

/// <summary>
/// Acceptance on the two shared seed captures. Expected values are read from the seed files at run time
/// (first line, the paragraph after the last one naming Rasmussen), so no seed sentence lives in the repository.
/// </summary>
public sealed class SeedAcceptanceTests
{
    private static (Article Article, string[] Lines) Extract(string prefix)
    {
        var file = Directory.GetFiles(TestPaths.Seeds, prefix + "_*.txt").Single();
        var article = new ArticleExtractor().Extract(new RawDocument(SourceInfo.FromPath(file), File.ReadAllBytes(file)), default);
        var lines = article.Raw.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Trim().Length > 0).ToArray();
        return (article, lines);
    }

    [SeedFact]
    public void Seed004_ends_with_the_Rasmussen_quote_and_drops_the_local_news_tail()
    {
        var (a, lines) = Extract("004");
        var k = Array.FindLastIndex(lines, l => l.Contains("Rasmussen", StringComparison.Ordinal));
        Assert.True(k > 0);
        Assert.EndsWith(lines[k + 1].Trim(), a.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Local News", a.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("journalism", a.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Herald", a.Text, StringComparison.Ordinal);
        var tail = Assert.Single(a.Removed, r => r.Reason == "furniture after the article");
        Assert.Equal(a.Raw.Length, tail.Start + tail.Length);
        Assert.Equal(lines[k + 2], a.Raw.Substring(tail.Start, lines[k + 2].Length));
        Assert.Equal(lines[0], a.Metadata.Title);
        Assert.Equal("PARIS", a.Metadata.Dateline);
        Assert.StartsWith(lines[1], a.Text, StringComparison.Ordinal);
    }

    [SeedFact]
    public void Seed000_starts_at_the_WASHINGTON_dateline_with_caption_and_credit_set_aside()
    {
        var (a, lines) = Extract("000");
        var datelineLine = Array.FindIndex(lines, l => l.StartsWith("WASHINGTON", StringComparison.Ordinal));
        Assert.True(datelineLine > 2);
        Assert.StartsWith(lines[datelineLine], a.Text, StringComparison.Ordinal);
        Assert.Equal("WASHINGTON", a.Metadata.Dateline);
        Assert.Equal(lines[0], a.Metadata.Title);
        Assert.Equal(lines[1], a.Metadata.Dek);
        Assert.DoesNotContain("photo credit", a.Text, StringComparison.OrdinalIgnoreCase);
        var caption = Assert.Single(a.Captions);
        Assert.StartsWith(caption, lines[2], StringComparison.Ordinal);
        Assert.DoesNotContain("credit", caption, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(a.Removed, r => r.Reason == "credit" && a.Raw.AsSpan(r.Start, r.Length).Trim().SequenceEqual("(photo credit: REUTERS)"));
        Assert.Contains(a.Removed, r => r.Reason == "caption repeated");
        Assert.EndsWith(lines[^1].Trim(), a.Text, StringComparison.Ordinal);
        Assert.All(a.Removed, r => Assert.InRange(r.Start + r.Length, r.Start, a.Raw.Length));
    }
}
