using System.Globalization;
using Parallax.Annotations;
using Parallax.Model;
using Parallax.Pipeline.Output;
using Parallax.Store;

namespace Parallax.Web.Api;

/// <summary>Maps stored articles and comparisons onto the API's views. Only what is stored is shown.</summary>
public static class Views
{
    /// <summary>The column an article goes in: its outlet, else its site, else its file name.</summary>
    public static string OutletOf(SourceInfo s)
    {
        if (!string.IsNullOrWhiteSpace(s.Outlet))
            return s.Outlet;
        if (s.Url is { } url && Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Host.Length > 0)
            return uri.Host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? uri.Host[4..] : uri.Host;
        if (s.Path is { } path)
            return System.IO.Path.GetFileName(path);
        return "(unknown outlet)";
    }

    public static StoryView Story(StoryRow row, List<StoredArticle> articles, StoredComparison? comparison)
    {
        var columns = new List<OutletColumn>();
        var byName = new Dictionary<string, OutletColumn>(StringComparer.Ordinal);
        var list = new List<StoryArticle>(articles.Count);
        foreach (var sa in articles)
        {
            var a = sa.Document.Article;
            var outlet = OutletOf(a.Source);
            if (!byName.TryGetValue(outlet, out var col))
            {
                col = new OutletColumn(outlet, []);
                byName.Add(outlet, col);
                columns.Add(col);
            }

            col.Articles.Add(a.Id);
            list.Add(new StoryArticle(a.Id, a.Metadata.Title, outlet, a.Source.Url, Published(a), a.Metadata.Byline, a.Text.Length));
        }

        var story = new Story { Id = row.Id, Title = row.Title };
        comparison?.ApplyTo(story);
        var dto = ReportBuilder.Story(story);
        var docs = articles.Select(a => a.Document).ToList();
        return new StoryView(
            row.Id, row.Title, row.FirstPublished, row.LastPublished, list, columns, comparison is not null,
            dto.Brief, dto.Conflicts, dto.Agreements, dto.Unique, dto.Timeline,
            docs.SelectMany(ReportBuilder.Quotes).ToList(),
            docs.SelectMany(ReportBuilder.Claims).ToList(),
            docs.SelectMany(ReportBuilder.Events).ToList(),
            docs.SelectMany(Times).ToList(),
            Entities(docs),
            ActorNetwork(docs));
    }

    public static ArticleView Article(StoredArticle sa, string? storyTitle)
    {
        var d = sa.Document;
        var mentions = new List<MentionView>(d.Mentions.Length);
        for (var i = 0; i < d.Mentions.Length; i++)
        {
            var m = d.Mentions[i];
            mentions.Add(new MentionView(m.Start, m.Length, m.Type.ToString(), i < d.MentionEntities.Length ? d.MentionEntities[i] : null, Slice(d.Text, m.Start, m.Length)));
        }

        var article = ReportBuilder.Article(d.Article);
        if (article.Source.Outlet is null)
            article = article with { Source = article.Source with { Outlet = OutletOf(d.Article.Source) } };
        return new ArticleView(article, sa.StoryId, storyTitle, sa.IngestedAt, mentions,
            ReportBuilder.Quotes(d).ToList(), ReportBuilder.Claims(d).ToList(), Times(d).ToList(), ReportBuilder.Events(d).ToList());
    }

    public static IEnumerable<TimeDto> Times(Document d) => d.Times.Select(t => new TimeDto(
        d.Article.Id, t.Start, t.Length, Slice(d.Text, t.Start, t.Length), t.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), t.Relative));

    public static EntityListItem Entity(EntityRow e) => new(e.Id, e.Name, e.Type, e.Resolved, e.Mentions, e.Articles);

    private static string? Published(Article a) => a.Metadata.Published?.ToString("yyyy-MM-ddTHH:mm:ssK", CultureInfo.InvariantCulture);

    private static string Slice(string text, int start, int length) =>
        start >= 0 && length >= 0 && start + length <= text.Length ? text.Substring(start, length) : string.Empty;

    /// <summary>Entities of the story: resolved ids as they are, unresolved names keyed like the entity index does.</summary>
    private static List<StoryEntity> Entities(List<Document> docs)
    {
        var acc = new Dictionary<string, (string Name, string Type, int Mentions, HashSet<string> Articles)>(StringComparer.Ordinal);
        foreach (var d in docs)
        {
            for (var i = 0; i < d.Mentions.Length; i++)
            {
                var m = d.Mentions[i];
                var surface = Slice(d.Text, m.Start, m.Length);
                if (surface.Length == 0)
                    continue;
                var type = m.Type.ToString();
                var key = (i < d.MentionEntities.Length ? d.MentionEntities[i] : null) ?? SqliteStore.UnresolvedKey(type, surface);
                if (!acc.TryGetValue(key, out var e))
                    e = (surface, type, 0, new HashSet<string>(StringComparer.Ordinal));
                e.Articles.Add(d.Article.Id);
                acc[key] = (surface.Length > e.Name.Length ? surface : e.Name, type, e.Mentions + 1, e.Articles);
            }
        }

        return acc.Select(kv => new StoryEntity(kv.Key, kv.Value.Name, kv.Value.Type, kv.Value.Mentions, kv.Value.Articles.Count))
            .OrderByDescending(e => e.Articles).ThenByDescending(e => e.Mentions).ThenBy(e => e.Id, StringComparer.Ordinal)
            .Take(60).ToList();
    }

    /// <summary>
    /// Nodes are actors; an edge is an event from source to target (counted per quad class), or a quote whose speaker
    /// talks about an actor mentioned inside the quote. Actors without an entity id are keyed by their text.
    /// </summary>
    private static Network ActorNetwork(List<Document> docs)
    {
        var names = new Dictionary<string, (string Name, string? Type, int Weight)>(StringComparer.Ordinal);
        var edges = new Dictionary<(string, string, string), (int Count, int[] Quads)>();

        void Node(string id, string name, string? type)
        {
            if (!names.TryGetValue(id, out var n))
                n = (name, type, 0);
            names[id] = (name.Length > n.Name.Length ? name : n.Name, n.Type ?? type, n.Weight + 1);
        }

        void Edge(string s, string t, string kind, int quad)
        {
            if (!edges.TryGetValue((s, t, kind), out var e))
                e = (0, new int[4]);
            if (quad is >= 1 and <= 4)
                e.Quads[quad - 1]++;
            edges[(s, t, kind)] = (e.Count + 1, e.Quads);
        }

        foreach (var d in docs)
        {
            foreach (var ev in d.Events)
            {
                var s = Actor(d, ev.Source);
                var t = Actor(d, ev.Target);
                if (s is null || t is null || ev.Negated)
                    continue;
                Node(s.Value.Id, s.Value.Name, null);
                Node(t.Value.Id, t.Value.Name, null);
                Edge(s.Value.Id, t.Value.Id, "event", ev.QuadClass);
            }

            foreach (var q in d.Quotes)
            {
                if (q.Speaker.IsNone)
                    continue;
                var speakerName = Slice(d.Text, q.Speaker.Start, q.Speaker.Length);
                var speaker = q.SpeakerEntity ?? "~" + speakerName.ToLowerInvariant();
                for (var i = 0; i < d.Mentions.Length && i < d.MentionEntities.Length; i++)
                {
                    var m = d.Mentions[i];
                    if (d.MentionEntities[i] is not { } target || m.Start < q.Start || m.End > q.Start + q.Length || target == speaker)
                        continue;
                    Node(speaker, speakerName, "PER");
                    Node(target, Slice(d.Text, m.Start, m.Length), m.Type.ToString());
                    Edge(speaker, target, "quote", 0);
                }
            }
        }

        return new Network(
            names.Select(kv => new NetworkNode(kv.Key, kv.Value.Name, kv.Value.Type, kv.Value.Weight)).OrderByDescending(n => n.Weight).ThenBy(n => n.Id, StringComparer.Ordinal).ToList(),
            edges.Select(kv => new NetworkEdge(kv.Key.Item1, kv.Key.Item2, kv.Key.Item3, kv.Value.Count, kv.Value.Quads)).OrderByDescending(e => e.Count).ThenBy(e => e.Source, StringComparer.Ordinal).ThenBy(e => e.Target, StringComparer.Ordinal).ToList());
    }

    private static (string Id, string Name)? Actor(Document d, EventActor a)
    {
        var text = a.Range.IsNone ? null : Slice(d.Text, a.Range.Start, a.Range.Length);
        if (a.Entity is { } id)
            return (id, text ?? a.Code ?? id);
        if (!string.IsNullOrEmpty(text))
            return ("~" + text.ToLowerInvariant(), text);
        return a.Code is { } code ? (code, code) : null;
    }
}
