using System.Text.Json;

namespace Parallax.Extract.Html;

/// <summary>The schema.org fields Parallax reads from JSON-LD: the first article-like object wins.</summary>
internal sealed class JsonLdArticle
{
    public string? Headline { get; set; }
    public string? Description { get; set; }
    public string? ArticleBody { get; set; }
    public string? DatePublished { get; set; }
    public string? Publisher { get; set; }
    public List<string> Authors { get; } = [];

    private static readonly JsonDocumentOptions Options = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 64 };

    public static JsonLdArticle? Read(List<string> scripts)
    {
        JsonLdArticle? result = null;
        foreach (var script in scripts)
        {
            if (script.Length > 2_000_000)
                continue;
            try
            {
                using var doc = JsonDocument.Parse(script, Options);
                var pending = new Stack<JsonElement>();
                pending.Push(doc.RootElement);
                while (pending.Count > 0)
                {
                    var el = pending.Pop();
                    if (el.ValueKind == JsonValueKind.Array)
                    {
                        for (var i = el.GetArrayLength() - 1; i >= 0; i--)
                            pending.Push(el[i]);
                        continue;
                    }

                    if (el.ValueKind != JsonValueKind.Object)
                        continue;
                    if (el.TryGetProperty("@graph", out var graph))
                        pending.Push(graph);
                    if (IsArticle(el))
                    {
                        result ??= new JsonLdArticle();
                        result.Fill(el);
                    }
                }
            }
            catch (JsonException)
            {
                // Broken JSON-LD is common; the page's other metadata still counts.
            }
        }

        return result;
    }

    private static bool IsArticle(JsonElement el)
    {
        if (!el.TryGetProperty("@type", out var type))
            return false;
        if (type.ValueKind == JsonValueKind.Array)
        {
            foreach (var t in type.EnumerateArray())
            {
                if (t.ValueKind == JsonValueKind.String && IsArticleType(t.GetString()))
                    return true;
            }

            return false;
        }

        return type.ValueKind == JsonValueKind.String && IsArticleType(type.GetString());
    }

    private static bool IsArticleType(string? t) =>
        t is not null && (t.EndsWith("Article", StringComparison.Ordinal) || t is "BlogPosting" or "Report" or "LiveBlogPosting" or "NewsArticle" or "SocialMediaPosting");

    private void Fill(JsonElement el)
    {
        Headline ??= Str(el, "headline") ?? Str(el, "name");
        Description ??= Str(el, "description");
        ArticleBody ??= Str(el, "articleBody");
        DatePublished ??= Str(el, "datePublished") ?? Str(el, "dateCreated");
        if (Publisher is null && el.TryGetProperty("publisher", out var pub))
            Publisher = pub.ValueKind == JsonValueKind.Object ? Str(pub, "name") : pub.ValueKind == JsonValueKind.String ? pub.GetString() : null;
        if (Authors.Count == 0 && el.TryGetProperty("author", out var author))
            AddAuthors(author);
    }

    private void AddAuthors(JsonElement author)
    {
        if (author.ValueKind == JsonValueKind.Array)
        {
            foreach (var a in author.EnumerateArray())
            {
                if (Authors.Count < 10)
                    AddAuthor(a);
            }
        }
        else
        {
            AddAuthor(author);
        }
    }

    private void AddAuthor(JsonElement a)
    {
        var name = a.ValueKind switch
        {
            JsonValueKind.String => a.GetString(),
            JsonValueKind.Object => Str(a, "name"),
            _ => null,
        };
        if (!string.IsNullOrWhiteSpace(name))
            Authors.Add(name.Trim());
    }

    private static string? Str(JsonElement el, string name) =>
        el.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(v.GetString()) ? v.GetString() : null;
}
