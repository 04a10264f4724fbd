using Parallax.Model;
using Parallax.Stages;

namespace Parallax.Extract;

/// <summary>Decodes a raw document, sniffs HTML versus plain text by content, and extracts the article.</summary>
public sealed class ArticleExtractor : IExtractor
{
    public Article Extract(RawDocument raw, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var text = TextDecoder.Decode(raw.Content.Span);
        if (text.AsSpan().IsWhiteSpace())
            throw new DocumentException("no text (only white space)");

        var format = raw.Format == RawFormat.Unknown ? Sniff(text) : raw.Format;
        var article = format == RawFormat.Html ? HtmlExtractor.Extract(raw, text) : PlainTextExtractor.Extract(raw, text);
        if (article.Text.Length == 0)
            throw new DocumentException("no article text found");
        return article;
    }

    /// <summary>HTML when the first markup-looking thing is a doctype or one of the document-level tags.</summary>
    public static RawFormat Sniff(string text)
    {
        var head = text.AsSpan(0, Math.Min(text.Length, 4096));
        ReadOnlySpan<string> markers = ["<!doctype html", "<html", "<head", "<body", "<meta", "<article", "<p>", "<div"];
        foreach (var m in markers)
        {
            if (head.Contains(m, StringComparison.OrdinalIgnoreCase))
                return RawFormat.Html;
        }

        return RawFormat.PlainText;
    }
}
