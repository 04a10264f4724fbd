namespace Parallax.Extract.Html;

/// <summary>
/// Reads class, id, role and itemprop names for what a container is for. Names are split into
/// word tokens ("post-share_bar" → post, share, bar) so "ad" cannot match inside "header".
/// </summary>
internal static class ClassHints
{
    private static readonly HashSet<string> BoilerTokens = new(StringComparer.Ordinal)
    {
        "comment", "comments", "share", "sharing", "shares", "social", "related", "newsletter", "subscribe", "subscription",
        "cookie", "cookies", "consent", "gdpr", "sidebar", "ad", "ads", "advert", "advertisement", "adslot", "promo", "promoted",
        "breadcrumb", "breadcrumbs", "nav", "navbar", "navigation", "menu", "footer", "masthead", "widget", "widgets",
        "popup", "modal", "sponsor", "sponsored", "outbrain", "taboola", "recommended", "recommendations", "trending",
        "tags", "tagcloud", "pagination", "pager", "disqus", "rating", "toolbar", "signup", "login", "paywall", "teaser",
        "teasers", "banner", "skip", "jump", "print", "tools", "sharebar", "socialmedia", "relatedposts", "most", "popular",
        "author-bio", "bio", "newsletters", "donate", "donation", "follow", "offscreen", "screenreader", "sr",
        "meta", "postmeta", "timestamp", "dateline", "byline", "byl", "credits", "more", "readmore", "next", "prev", "previous",
    };

    private static readonly HashSet<string> ContentTokens = new(StringComparer.Ordinal)
    {
        "articlebody", "entry", "post", "story", "article", "content", "main", "body", "text", "blogpost", "hentry", "prose",
    };

    /// <summary>Author boxes: a bio and links about the writer, not the story (the byline is read apart from them). All contain "author".</summary>
    private static readonly string[] BoilerPairs =
    [
        "author-box", "author-bio", "author-info", "author-description", "about-author", "about-the-author", "author-profile",
        "authorbox", "authorbio", "authorinfo",
    ];

    private static readonly string[] ContentPairs =
    [
        "article-body", "article-content", "article-text", "articlebody", "post-content", "post-body", "entry-content",
        "entry-body", "story-body", "story-content", "story-text", "main-content", "content-body", "post-text", "blog-post",
        "article__body", "article__content", "rich-text", "page-content", "node-content", "field-body", "text-content",
    ];

    public static ElementFlags Classify(string tag, string? cls, string? id, string? role, string? itemprop)
    {
        var flags = ElementFlags.None;
        if (tag is "nav" or "aside" or "footer" or "form" or "menu" or "dialog")
            flags |= ElementFlags.Chrome;
        if (tag is "figcaption")
            flags |= ElementFlags.Caption;
        if (tag is "article" or "main")
            flags |= ElementFlags.ContentHint;
        if (role is "navigation" or "banner" or "contentinfo" or "complementary" or "search" or "menu" or "dialog" or "alert")
            flags |= ElementFlags.Chrome;
        else if (role is "main" or "article")
            flags |= ElementFlags.ContentHint;
        if (itemprop is not null && (itemprop.Contains("articleBody", StringComparison.OrdinalIgnoreCase) || itemprop.Equals("text", StringComparison.OrdinalIgnoreCase)))
            flags |= ElementFlags.ContentHint;
        if (itemprop is not null && itemprop.Contains("author", StringComparison.OrdinalIgnoreCase))
            flags |= ElementFlags.Byline;
        var names = Names(cls) | Names(id);

        // Markup that says "this is the article" outweighs a state class on it ("node--promoted", "is-sponsored").
        if ((flags & ElementFlags.ContentHint) != 0)
            names &= ~ElementFlags.Boilerplate;
        return flags | names;
    }

    /// <summary>Per-thread results by attribute value: pages repeat the same few class strings on most of their elements.</summary>
    [ThreadStatic]
    private static Dictionary<string, ElementFlags>? _seen;

    private const int MaxSeen = 16384;

    private static ElementFlags Names(string? names)
    {
        if (string.IsNullOrEmpty(names) || names.Length > 400)
            return ElementFlags.None;
        var seen = _seen ??= new Dictionary<string, ElementFlags>(StringComparer.Ordinal);
        if (seen.TryGetValue(names, out var known))
            return known;
        if (seen.Count >= MaxSeen)
            seen.Clear();
        known = Read(names);
        seen[names] = known;
        return known;
    }

    private static ElementFlags Read(string names)
    {
        var lower = names.ToLowerInvariant();
        var flags = ElementFlags.None;

        // "entry__content", "post_body" and "article-text" are one name whatever joins the two words.
        var joined = lower.Contains('_', StringComparison.Ordinal) ? lower.Replace("__", "-", StringComparison.Ordinal).Replace('_', '-') : lower;
        foreach (var pair in ContentPairs)
        {
            if (joined.Contains(pair, StringComparison.Ordinal))
                return ElementFlags.ContentHint;
        }

        var span = lower.AsSpan();
        var i = 0;
        var boiler = false;
        var content = false;
        if (joined.Contains("author", StringComparison.Ordinal))
        {
            foreach (var pair in BoilerPairs)
                boiler |= joined.Contains(pair, StringComparison.Ordinal);
        }
        while (i < span.Length)
        {
            while (i < span.Length && !char.IsAsciiLetterOrDigit(span[i]))
                i++;
            var start = i;
            while (i < span.Length && char.IsAsciiLetterOrDigit(span[i]))
                i++;
            if (i == start)
                break;
            var token = span[start..i];
            var lookup = BoilerTokens.GetAlternateLookup<ReadOnlySpan<char>>();
            if (lookup.Contains(token))
                boiler = true;
            if (token is "caption" or "wp-caption-text" or "credit" or "photo-credit" or "image-credit")
                flags |= ElementFlags.Caption;
            if (token is "byline" or "author" or "authors" or "byl")
                flags |= ElementFlags.Byline;
            if (token is "dek" or "subtitle" or "standfirst" or "subhead" or "subheadline" or "deck" or "summary" or "lede" or "teaser-text" or "excerpt" or "intro")
                flags |= ElementFlags.Dek;
            if (ContentTokens.GetAlternateLookup<ReadOnlySpan<char>>().Contains(token))
                content = true;
        }

        // "commentary" and "comment-free" style names are content; only whole-token matches count as boilerplate.
        if (boiler)
            flags |= ElementFlags.Boilerplate;
        else if (content && (lower.Contains("article", StringComparison.Ordinal) || lower.Contains("post", StringComparison.Ordinal) || lower.Contains("story", StringComparison.Ordinal) || lower.Contains("entry", StringComparison.Ordinal)))
            flags |= ElementFlags.ContentHint;
        return flags;
    }
}
