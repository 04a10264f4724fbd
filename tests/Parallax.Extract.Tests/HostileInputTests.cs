using System.Text;
using Parallax.Model;

namespace Parallax.Extract.Tests;

/// <summary>Hostile and random input: a clear per-document error or an article, never another exception or a hang.</summary>
public sealed class HostileInputTests
{
    private static readonly ArticleExtractor Extractor = new();

    private static Article? Run(byte[] bytes, RawFormat format = RawFormat.Unknown)
    {
        try
        {
            var a = Extractor.Extract(new RawDocument(SourceInfo.FromPath("hostile"), bytes, format), default);
            foreach (var r in a.Removed)
            {
                Assert.InRange(r.Start, 0, a.Raw.Length);
                Assert.InRange(r.Start + r.Length, r.Start, a.Raw.Length);
            }

            return a;
        }
        catch (DocumentException ex)
        {
            Assert.False(string.IsNullOrWhiteSpace(ex.Message));
            return null;
        }
    }

    [Fact]
    public void Zero_byte_document_is_a_document_error()
    {
        var ex = Assert.Throws<DocumentException>(() => Extractor.Extract(new RawDocument(SourceInfo.FromPath("empty"), Array.Empty<byte>()), default));
        Assert.Contains("empty", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Binary_content_is_a_document_error()
    {
        var bytes = new byte[4096];
        new Random(7).NextBytes(bytes);
        bytes[10] = 0;
        var ex = Assert.Throws<DocumentException>(() => Extractor.Extract(new RawDocument(SourceInfo.FromPath("bin"), bytes), default));
        Assert.Contains("binary", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Hundred_thousand_nested_divs_do_not_overflow_the_stack()
    {
        var sb = new StringBuilder("<html><body>");
        sb.Insert(sb.Length, "<div>", 100_000);
        sb.Append("<p>Deep inside the nesting there is one paragraph of text that is long enough to count as prose, with commas, too.</p>");
        sb.Insert(sb.Length, "</div>", 100_000);
        sb.Append("</body></html>");
        var a = Run(Encoding.UTF8.GetBytes(sb.ToString()));
        Assert.NotNull(a);
        Assert.Contains("Deep inside the nesting", a.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Unclosed_nesting_without_end_tags_is_handled()
    {
        var sb = new StringBuilder("<html><body>");
        for (var i = 0; i < 1_000; i++)
            sb.Append("<div><span><b>x ");
        var a = Run(Encoding.UTF8.GetBytes(sb.ToString()));
        Assert.True(a is null || a.Text.Length > 0);
    }

    [Theory]
    [InlineData("<html><body><p>Truncated paragraph that never ends and has a tag cut <a href=\"")]
    [InlineData("<html><head><title>Only a title")]
    [InlineData("<<<>>><p</p><div class=\"a\" <p>text, text, text and more text to read here</p>")]
    [InlineData("<html><body><script>var x = '<p>not text</p>';")]
    [InlineData("<!doctype html><html><body><table><tr><td><p>cell text, and more cell text for the reader</td>")]
    public void Truncated_and_broken_markup_never_throws_anything_but_document_errors(string html) => Run(Encoding.UTF8.GetBytes(html));

    [Fact]
    public void Utf16_without_bom_is_decoded()
    {
        var html = "<html><body><p>Ein Absatz mit Umlauten: Grüße aus Köln, über die Brücke, und noch ein paar Wörter mehr.</p></body></html>";
        var a = Run(Encoding.Unicode.GetBytes(html));
        Assert.NotNull(a);
        Assert.Contains("Grüße aus Köln", a.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Fifty_megabyte_page_is_extracted()
    {
        var paragraph = "<p>Another long paragraph of ordinary prose, written to fill the page with text, and nothing else at all.</p>\n";
        var sb = new StringBuilder(50 * 1024 * 1024 + 1024);
        sb.Append("<html><body><article>");
        while (sb.Length < 50 * 1024 * 1024)
            sb.Append(paragraph);
        sb.Append("</article></body></html>");
        var a = Run(Encoding.UTF8.GetBytes(sb.ToString()));
        Assert.NotNull(a);
        Assert.True(a.Text.Length > 10_000_000);
    }

    [Fact]
    public void Random_markup_soup_never_throws_other_exceptions()
    {
        var random = new Random(42);
        string[] pieces = ["<div>", "</div>", "<p>", "</p>", "<a href='x'>", "</a>", "<br>", "<script>", "</script>", "<li>", "<ul>", "<!--", "-->",
            "text, words ", "WASHINGTON — ", "(photo credit: X)", "\n", "\n\n", "<h1>", "</h1>", "&amp;", "&#xFFFF;", "\u00e9", "<table><td>", "<meta charset='shift_jis'>"];
        for (var doc = 0; doc < 200; doc++)
        {
            var sb = new StringBuilder();
            var n = random.Next(1, 300);
            for (var i = 0; i < n; i++)
                sb.Append(pieces[random.Next(pieces.Length)]);
            Run(Encoding.UTF8.GetBytes(sb.ToString()), doc % 3 == 0 ? RawFormat.PlainText : RawFormat.Unknown);
        }
    }

    [Fact]
    public void Random_bytes_never_throw_other_exceptions()
    {
        var random = new Random(3);
        for (var doc = 0; doc < 200; doc++)
        {
            var bytes = new byte[random.Next(1, 2000)];
            random.NextBytes(bytes);
            if (doc % 2 == 0)
            {
                for (var i = 0; i < bytes.Length; i++)
                    bytes[i] = (byte)(bytes[i] % 2 == 0 ? ' ' + (bytes[i] % 90) : bytes[i] | 0x80);
            }

            Run(bytes);
        }
    }
}
