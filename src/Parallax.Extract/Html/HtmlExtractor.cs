using System.Collections.Immutable;
using AngleSharp.Html.Parser;
using Parallax.Model;

namespace Parallax.Extract.Html;

/// <summary>HTML pages: one parse, one iterative walk, content selection, then metadata by source order.</summary>
public static class HtmlExtractor
{
    [ThreadStatic]
    private static HtmlParser? _parser;

    /// <summary>
    /// The attributes the walk and the metadata reader look at (PageWalker, PageSignals); add a name here before reading
    /// a new one. The tokenizer drops all others (srcset, data-*, inline handlers, tracking ids), which are most of a
    /// modern page's attribute bytes and allocations.
    /// </summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ReadAttributes = new HashSet<string>(StringComparer.Ordinal)
    {
        "aria-hidden", "charset", "class", "content", "datetime", "hidden", "href", "http-equiv", "id", "itemprop", "lang",
        "name", "property", "rel", "role", "style", "type",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    [ThreadStatic]
    private static HtmlParser? _noscriptParser;

    private static HtmlParserOptions Options => Make(scripting: true);

    private static HtmlParserOptions Make(bool scripting) => new()
    {
        IsScripting = scripting,
        SkipComments = true,
        SkipScriptText = true,
        SkipRawText = true,
        DisableElementPositionTracking = true,
        ShouldEmitAttribute = (ref _, name) => ReadAttributes.Contains(name.Span),
    };

    [ThreadStatic]
    private static PageWalker? _walker;

    private const int MinWalkedText = 200;

    private static void Walk(HtmlParser parser, PageWalker walker, string markup, string scripts, CancellationToken cancellationToken)
    {
        walker.Reset();
        RawScripts.CollectJsonLd(scripts, walker.Signals.JsonLd);
        using var doc = parser.ParseDocument(markup.AsMemory());
        cancellationToken.ThrowIfCancellationRequested();
        walker.Walk(doc, cancellationToken);
    }

    public static Article Extract(RawDocument raw, string html, IReadOnlyList<string> warnings, CancellationToken cancellationToken)
    {
        var parser = _parser ??= new HtmlParser(Options);
        var walker = _walker ??= new PageWalker();
        var markup = MarkupGuard.Defuse(html);
        Walk(parser, walker, markup, markup, cancellationToken);

        // A "<!--" inside a script can make the standard tokenizer run that script on to the end of the page (browsers
        // do the same; such pages draw their body from script data). A page that came out empty gets a second parse
        // without its scripts, which is how the pages' own markup reads.
        if (walker.Length < MinWalkedText && RawScripts.Remove(markup) is { } plain)
            Walk(parser, walker, plain, markup, cancellationToken);
        var signals = walker.Signals;
        var ld = JsonLdArticle.Read(signals.JsonLd);

        var canonical = MetadataReader.Clean(signals.Canonical) ?? MetadataReader.Clean(signals.Get("og:url"));
        if (canonical is not null && !Uri.TryCreate(canonical, UriKind.Absolute, out _))
            canonical = raw.Source.Url is not null && Uri.TryCreate(new Uri(raw.Source.Url), canonical, out var abs) ? abs.ToString() : null;
        var siteName = MetadataReader.SiteName(signals, ld, raw.Source, canonical);
        var preliminaryTitle = MetadataReader.Title(signals, ld, null, siteName) ?? raw.TitleHint;
        var selection = ContentSelector.Select(walker, preliminaryTitle);

        // Some platforms draw the body from a script and give readers without scripts a copy in <noscript>.
        if (Length(selection.Paragraphs) < MinWalkedText && markup.Contains("<noscript", StringComparison.OrdinalIgnoreCase))
        {
            walker.ReadNoscript = true;
            try
            {
                Walk(_noscriptParser ??= new HtmlParser(Make(scripting: false)), walker, markup, markup, cancellationToken);
            }
            finally
            {
                walker.ReadNoscript = false;
            }

            var withNoscript = ContentSelector.Select(walker, preliminaryTitle);
            if (Length(withNoscript.Paragraphs) > Length(selection.Paragraphs))
                selection = withNoscript;
        }

        var title = preliminaryTitle ?? MetadataReader.Clean(selection.H1);

        var paragraphs = selection.Paragraphs;
        if (ld?.ArticleBody is { Length: >= 400 } articleBody && Length(paragraphs) < articleBody.Length / 2)
            paragraphs = [.. articleBody.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
        Furniture.TrimEdges(paragraphs);
        var body = new TextBuilder();
        foreach (var p in paragraphs)
            body.AddParagraph(p);
        var text = body.ToString();

        var notAfter = raw.RetrievedAt;
        var language = NormalizeLanguage(signals.HtmlLang) ?? NormalizeLanguage(signals.Get("content-language"))
            ?? NormalizeLanguage(signals.Get("og:locale")) ?? LanguageDetector.Detect(text);
        var meta = new ArticleMetadata
        {
            Title = title,
            Dek = MetadataReader.Dek(signals, ld, selection.Dek, title, text),
            Byline = MetadataReader.Byline(signals, ld, selection.Byline),
            Published = raw.PublishedHint ?? MetadataReader.Published(signals, ld, canonical ?? raw.Source.Url, selection.DateText, text, notAfter),
            Language = language,
            CanonicalUrl = canonical ?? raw.Source.Url,
        };
        var source = raw.Source.Outlet is null && siteName is not null ? raw.Source with { Outlet = siteName } : raw.Source;
        return new Article(source, html, text, meta)
        {
            Captions = [.. selection.Captions],
            Warnings = LanguageWarning(warnings, language),
        };
    }

    internal static ImmutableArray<string> LanguageWarning(IReadOnlyList<string> warnings, string? language)
    {
        var b = ImmutableArray.CreateBuilder<string>();
        b.AddRange(warnings);
        if (language is not null && language != "en")
            b.Add($"non-English text ({language})");
        return b.ToImmutable();
    }

    /// <summary>"en-US", "en_GB", "EN" → "en"; anything that is not a plausible language tag → null.</summary>
    public static string? NormalizeLanguage(string? tag)
    {
        if (string.IsNullOrWhiteSpace(tag))
            return null;
        var t = tag.Trim();
        var cut = t.IndexOfAny(['-', '_', ',', ';', ' ']);
        if (cut > 0)
            t = t[..cut];
        if (t.Length is < 2 or > 3)
            return null;
        foreach (var c in t)
        {
            if (!char.IsAsciiLetter(c))
                return null;
        }

        return t.ToLowerInvariant();
    }

    private static int Length(List<string> paragraphs)
    {
        var n = 0;
        foreach (var p in paragraphs)
            n += p.Length;
        return n;
    }
}
