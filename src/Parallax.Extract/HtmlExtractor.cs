using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Parallax.Model;

namespace Parallax.Extract;

/// <summary>
/// HTML pages: title from og:title or &lt;title&gt;, body from the paragraphs, headings, list items
/// and block quotes of &lt;article&gt;, &lt;main&gt; or &lt;body&gt;, skipping navigation and page chrome.
/// </summary>
public static class HtmlExtractor
{
    private static readonly HtmlParser Parser = new();
    private static readonly string[] Chrome = ["nav", "header", "footer", "aside", "script", "style", "noscript", "form", "figure", "figcaption"];

    public static Article Extract(RawDocument raw, string html)
    {
        using var doc = Parser.ParseDocument(html);
        var root = doc.QuerySelector("article") ?? doc.QuerySelector("main") ?? doc.Body;
        var body = new TextBuilder();
        if (root is not null)
        {
            foreach (var el in root.QuerySelectorAll("p, h2, h3, h4, li, blockquote"))
            {
                if (InChrome(el, root) || HasBlockChild(el))
                    continue;
                body.AddParagraph(el.TextContent);
            }
        }

        var meta = new ArticleMetadata
        {
            Title = Title(doc) ?? raw.TitleHint,
            Byline = Meta(doc, "author"),
            Published = raw.PublishedHint ?? Date(Meta(doc, "article:published_time")),
            Language = doc.DocumentElement?.GetAttribute("lang"),
            CanonicalUrl = doc.QuerySelector("link[rel=canonical]")?.GetAttribute("href"),
        };
        var outlet = Meta(doc, "og:site_name");
        var source = outlet is null || raw.Source.Outlet is not null ? raw.Source : raw.Source with { Outlet = outlet };
        return new Article(source, html, body.ToString(), meta);
    }

    private static string? Title(IDocument doc)
    {
        var og = Meta(doc, "og:title");
        if (og is not null)
            return og;
        var h1 = doc.QuerySelector("h1")?.TextContent;
        if (!string.IsNullOrWhiteSpace(h1))
            return TextBuilder.Fold(h1);
        var title = doc.Title;
        return string.IsNullOrWhiteSpace(title) ? null : TextBuilder.Fold(title);
    }

    private static string? Meta(IDocument doc, string name)
    {
        var el = doc.QuerySelector($"meta[property='{name}']") ?? doc.QuerySelector($"meta[name='{name}']");
        var content = el?.GetAttribute("content");
        return string.IsNullOrWhiteSpace(content) ? null : TextBuilder.Fold(content);
    }

    private static DateTimeOffset? Date(string? value) =>
        DateTimeOffset.TryParse(value, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var d) ? d : null;

    private static bool InChrome(IElement el, IElement root)
    {
        for (var p = el.ParentElement; p is not null && p != root; p = p.ParentElement)
        {
            if (Array.IndexOf(Chrome, p.LocalName) >= 0)
                return true;
        }

        return false;
    }

    private static bool HasBlockChild(IElement el)
    {
        foreach (var c in el.Children)
        {
            if (c.LocalName is "p" or "li" or "blockquote" or "ul" or "ol")
                return true;
        }

        return false;
    }
}
