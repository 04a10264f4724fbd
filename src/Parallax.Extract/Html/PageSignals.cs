using AngleSharp.Dom;

namespace Parallax.Extract.Html;

/// <summary>Metadata the walk collects from meta tags, links, JSON-LD scripts, &lt;title&gt; and &lt;time&gt;.</summary>
internal sealed class PageSignals
{
    /// <summary>Meta content by lower-cased property, name or itemprop; the first occurrence wins.</summary>
    public Dictionary<string, string> Meta { get; } = new(StringComparer.Ordinal);
    public List<string> JsonLd { get; } = [];

    /// <summary>The first few h1/h2 texts, to pick the article's segment out of a &lt;title&gt;.</summary>
    public List<string> Headings { get; } = [];
    public string? Canonical { get; set; }
    public string? TitleTag { get; set; }
    public string? TimeValue { get; set; }
    public string? HtmlLang { get; set; }
    public string? AuthorLink { get; set; }

    public void Reset()
    {
        Meta.Clear();
        JsonLd.Clear();
        Headings.Clear();
        Canonical = TitleTag = TimeValue = HtmlLang = AuthorLink = null;
    }

    public void AddMeta(IElement el)
    {
        var content = el.GetAttribute("content");
        if (string.IsNullOrWhiteSpace(content))
            return;
        Add(el.GetAttribute("property"), content);
        Add(el.GetAttribute("name"), content);
        Add(el.GetAttribute("itemprop"), content);
        Add(el.GetAttribute("http-equiv"), content);
    }

    private void Add(string? key, string content)
    {
        if (string.IsNullOrEmpty(key) || key.Length > 64)
            return;
        Meta.TryAdd(key.ToLowerInvariant(), content);
    }

    public string? Get(string key) => Meta.TryGetValue(key, out var v) ? v : null;

    public string? First(ReadOnlySpan<string> keys)
    {
        foreach (var k in keys)
        {
            if (Meta.TryGetValue(k, out var v))
                return v;
        }

        return null;
    }
}
