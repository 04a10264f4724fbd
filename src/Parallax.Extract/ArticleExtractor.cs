using Parallax.Extract.Decoding;
using Parallax.Extract.Html;
using Parallax.Model;
using Parallax.Stages;

namespace Parallax.Extract;

/// <summary>Decodes a raw document, sniffs HTML versus plain text by content, and extracts the article.</summary>
public sealed class ArticleExtractor : IExtractor
{
    public Article Extract(RawDocument raw, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (raw.Content.Length == 0)
            throw new DocumentException("empty document (0 bytes)");
        var decoded = TextDecoder.Decode(raw.Content.Span, raw.Charset);
        // Raw is the decoded, NFC-composed input, so removed-span offsets and the text agree on characters.
        var text = Composer.Compose(decoded.Text);
        if (text.AsSpan().IsWhiteSpace())
            throw new DocumentException("no text (only white space)");

        List<string> warnings = decoded.Warning is { } w ? [w] : [];
        var format = raw.Format == RawFormat.Unknown ? Sniff(text) : raw.Format;
        Article article;
        try
        {
            article = format == RawFormat.Html
                ? HtmlExtractor.Extract(raw, text, warnings, cancellationToken)
                : PlainTextCleaner.Extract(raw, text, warnings);
        }
        catch (Exception ex) when (ex is InsufficientExecutionStackException or InvalidOperationException or ArgumentException or IndexOutOfRangeException)
        {
            throw new DocumentException($"cannot extract: {ex.GetType().Name}: {ex.Message}", ex);
        }

        if (article.Text.Length == 0)
            throw new DocumentException("no article text found");
        return article;
    }

    /// <summary>HTML when a doctype or a document-level or common block tag appears near the start.</summary>
    public static RawFormat Sniff(string text)
    {
        var head = text.AsSpan(0, Math.Min(text.Length, 4096));
        ReadOnlySpan<string> markers = ["<!doctype html", "<html", "<head", "<body", "<meta", "<article", "<p>", "<div", "<title", "<br"];
        foreach (var m in markers)
        {
            if (head.Contains(m, StringComparison.OrdinalIgnoreCase))
                return RawFormat.Html;
        }

        return RawFormat.PlainText;
    }
}
