using AngleSharp.Html.Parser;
using Parallax.Extract.Html;

namespace Parallax.Extract.Tests;

/// <summary>The raw scan must find exactly the JSON-LD script bodies that a full HTML parse finds.</summary>
public sealed class RawScriptTests
{
    [Theory]
    [InlineData("<script type=\"application/ld+json\">{\"a\":1}</script>", new[] { "{\"a\":1}" })]
    [InlineData("<SCRIPT TYPE='application/LD+JSON'>{}</SCRIPT >", new[] { "{}" })]
    [InlineData("<script type=\"text/javascript\">var x = 'ld+json';</script>", new string[0])]
    [InlineData("<!-- <script type=\"application/ld+json\">{\"old\":1}</script> -->", new string[0])]
    [InlineData("<script data-x=\"a>b\" type=\"application/ld+json\">[1]</script>", new[] { "[1]" })]
    [InlineData("<script type = \"application/ld+json\" >{\"b\":\"</p>\"}</script>", new[] { "{\"b\":\"</p>\"}" })]
    [InlineData("<script type=\"application/ld+json\">{\"c\":2}", new[] { "{\"c\":2}" })]
    [InlineData("<scripts type=\"application/ld+json\">x</scripts>", new string[0])]
    [InlineData("<script>a</script><p>ld+json</p><script type=\"application/ld+json\">{}</script><script type=\"application/ld+json\">[]</script>", new[] { "{}", "[]" })]
    public void Finds_the_script_bodies(string html, string[] expected)
    {
        var found = new List<string>();
        RawScripts.CollectJsonLd(html, found);
        Assert.Equal(expected, found);
    }

    [Theory]
    [InlineData("<html><head><script type=\"application/ld+json\">{\"headline\":\"One\"}</script></head><body><p>x</p><!-- c --><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\"}</script></body></html>")]
    [InlineData("<p>text<script>if (a < b) { s = '<script type=\"application/ld+json\">'; }</script><script type=application/ld+json>{\"d\":4}</script>")]
    public void Agrees_with_the_parser(string html)
    {
        var found = new List<string>();
        RawScripts.CollectJsonLd(html, found);
        using var doc = new HtmlParser().ParseDocument(html);
        var parsed = doc.QuerySelectorAll("script").Where(s => (s.GetAttribute("type") ?? "").Contains("ld+json", StringComparison.OrdinalIgnoreCase))
            .Select(s => s.TextContent).ToList();
        Assert.Equal(parsed, found);
    }

    [Fact]
    public void Random_markup_never_throws()
    {
        var random = new Random(7);
        string[] parts = ["<", ">", "<script", " type=", "\"application/ld+json\"", "'", "\"", "</script", "<!--", "-->", "{}", " ", "ld+json", "x"];
        for (var round = 0; round < 2000; round++)
        {
            var html = string.Concat(Enumerable.Range(0, random.Next(0, 30)).Select(_ => parts[random.Next(parts.Length)]));
            var found = new List<string>();
            RawScripts.CollectJsonLd(html, found);
            Assert.All(found, f => Assert.Contains(f, html, StringComparison.Ordinal));
        }
    }
}
