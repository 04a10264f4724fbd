using Parallax.Model;

namespace Parallax.Extract.Html;

/// <summary>
/// Resolves article metadata from the page signals, each field with a fixed source order
/// (documented in docs/extraction.md): the first source that yields a valid value wins.
/// </summary>
internal static class MetadataReader
{
    private static readonly string[] TitleSeparators = [" | ", " - ", " – ", " — ", " :: ", " · ", " » ", " // "];

    public static string? SiteName(PageSignals s, JsonLdArticle? ld, SourceInfo source, string? canonical)
    {
        var name = Clean(s.Get("og:site_name")) ?? Clean(ld?.Publisher) ?? Clean(s.Get("application-name"));
        if (name is not null)
            return name;
        var url = canonical ?? s.Get("og:url") ?? source.Url;
        return Uri.TryCreate(url, UriKind.Absolute, out var u) && u.Host.Length > 0
            ? (u.Host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? u.Host[4..] : u.Host)
            : null;
    }

    /// <summary>og:title, JSON-LD headline, &lt;title&gt; without the site suffix, then the first h1.</summary>
    public static string? Title(PageSignals s, JsonLdArticle? ld, string? h1, string? siteName)
    {
        var og = Clean(s.Get("og:title")) ?? Clean(s.Get("twitter:title"));
        if (og is not null)
            return StripSite(og, siteName, onlyKnown: true, s.Headings);
        if (Clean(ld?.Headline) is { } headline)
            return headline;
        if (Clean(s.TitleTag) is { } tag)
            return StripSite(tag, siteName, onlyKnown: false, s.Headings);
        return Clean(h1);
    }

    /// <summary>Removes a site-name segment from a page title; without a known site name the longest segment is kept.</summary>
    public static string StripSite(string title, string? siteName, bool onlyKnown, IReadOnlyList<string>? headings = null)
    {
        foreach (var sep in TitleSeparators)
        {
            var parts = title.Split(sep, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length < 2)
                continue;
            var kept = new List<string>();
            foreach (var p in parts)
            {
                if (siteName is not null && (p.Equals(siteName, StringComparison.OrdinalIgnoreCase) || siteName.Contains(p, StringComparison.OrdinalIgnoreCase) && p.Length > 3))
                    continue;
                kept.Add(p);
            }

            if (headings is not null)
            {
                // The segment the page repeats as a heading is the article's title.
                foreach (var k in kept)
                {
                    foreach (var h in headings)
                    {
                        if (k.Equals(TextBuilder.Fold(h), StringComparison.OrdinalIgnoreCase))
                            return k;
                    }
                }
            }

            if (kept.Count == parts.Length && onlyKnown)
                return title;
            if (kept.Count == 0)
                return title;
            if (kept.Count == parts.Length - 1 && kept.Count > 0)
                return string.Join(sep, kept);
            var longest = kept[0];
            foreach (var k in kept)
            {
                if (k.Length > longest.Length)
                    longest = k;
            }

            return longest.Length >= 15 || kept.Count == 1 ? longest : title;
        }

        return title;
    }

    /// <summary>A dek-classed element near the title, then the description meta when it is not simply the lead's opening.</summary>
    public static string? Dek(PageSignals s, JsonLdArticle? ld, string? dekBlock, string? title, string body)
    {
        if (Clean(dekBlock) is { } block && !string.Equals(block, title, StringComparison.OrdinalIgnoreCase))
            return block;
        var desc = Clean(s.Get("og:description")) ?? Clean(s.Get("description")) ?? Clean(ld?.Description);
        if (desc is null || desc.Length < 20 || string.Equals(desc, title, StringComparison.OrdinalIgnoreCase))
            return null;
        var probe = desc.EndsWith('…') || desc.EndsWith("...", StringComparison.Ordinal) ? desc.TrimEnd('.', '…', ' ') : desc;
        return body.AsSpan(0, Math.Min(body.Length, 2000)).Contains(probe.AsSpan(0, Math.Min(probe.Length, 80)), StringComparison.Ordinal) ? null : desc;
    }

    /// <summary>JSON-LD authors, author metas, a byline-classed element, then a rel=author link.</summary>
    public static string? Byline(PageSignals s, JsonLdArticle? ld, string? bylineBlock)
    {
        if (ld is not null && ld.Authors.Count > 0)
        {
            var names = new List<string>();
            foreach (var a in ld.Authors)
            {
                if (CleanByline(a) is { } n && !names.Contains(n))
                    names.Add(n);
            }

            if (names.Count > 0)
                return string.Join(", ", names);
        }

        return CleanByline(s.Get("author")) ?? CleanByline(s.Get("article:author")) ?? CleanByline(s.Get("byl"))
            ?? CleanByline(s.Get("parsely-author")) ?? CleanByline(s.Get("dc.creator")) ?? CleanByline(bylineBlock) ?? CleanByline(s.AuthorLink);
    }

    /// <summary>Keeps only names: drops "By", reading times, dates, URLs and anything too long to be a byline.</summary>
    public static string? CleanByline(string? value)
    {
        var v = Clean(value);
        if (v is null)
            return null;
        foreach (var prefix in (ReadOnlySpan<string>)["By ", "by ", "BY ", "Von ", "von ", "Par ", "Written by "])
        {
            if (v.StartsWith(prefix, StringComparison.Ordinal))
                v = v[prefix.Length..].Trim();
        }

        var cut = v.IndexOfAny(['|', '•', '·', '\u2022']);
        if (cut > 0)
            v = v[..cut].Trim();
        if (v.Length is < 3 or > 100 || v.Contains("http", StringComparison.OrdinalIgnoreCase) || v.Contains('@')
            || v.Contains("min read", StringComparison.OrdinalIgnoreCase) || v.Contains("minute read", StringComparison.OrdinalIgnoreCase)
            || LineRules.IsDateLine(v) || DateParser.FromProse(v) is not null)
            return null;
        var digits = 0;
        foreach (var c in v)
        {
            if (char.IsDigit(c))
                digits++;
        }

        return digits > 2 || !char.IsLetter(v[0]) ? null : v.TrimEnd(',', ';', ':', '-');
    }

    /// <summary>JSON-LD datePublished, date metas, the first &lt;time datetime&gt;, a full date in the URL, a dated line above the body, then the text's opening.</summary>
    public static DateTimeOffset? Published(PageSignals s, JsonLdArticle? ld, string? url, string? dateText, string body, DateTimeOffset notAfter)
    {
        ReadOnlySpan<string> keys =
        [
            "article:published_time", "og:published_time", "datepublished", "publishdate", "pubdate", "publish-date", "date",
            "dc.date", "dc.date.issued", "dcterms.date", "sailthru.date", "parsely-pub-date", "article.published", "published_time",
        ];
        var d = DateParser.Parse(ld?.DatePublished, notAfter);
        foreach (var k in keys)
            d ??= DateParser.Parse(s.Get(k), notAfter);
        d ??= DateParser.Parse(s.TimeValue, notAfter);
        d ??= DateParser.FromUrl(url, notAfter);
        if (d is null && dateText is not null && DateParser.FromProse(dateText) is { } line && DateParser.Plausible(line, notAfter))
            d = line;
        if (d is null && DateParser.FromProse(body.AsSpan(0, Math.Min(body.Length, 300))) is { } prose && DateParser.Plausible(prose, notAfter))
            d = prose;
        return d;
    }

    public static string? Clean(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
            return null;
        var folded = TextBuilder.Fold(System.Net.WebUtility.HtmlDecode(value));
        return folded.Length == 0 || folded.Length > 1000 ? null : folded;
    }
}
