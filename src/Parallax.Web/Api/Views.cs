using System.Globalization;
using Parallax.Model;
using Parallax.Pipeline.Output;
using Parallax.Store;
using Parallax.Stories.Comparison;

namespace Parallax.Web.Api;

/// <summary>Maps stored articles and comparisons onto the API's views. Only what is stored is shown.</summary>
public static class Views
{
    public static StoryView Story(StoryRow row, List<StoredArticle> articles, StoredComparison? comparison)
    {
        var columns = new List<OutletColumn>();
        var byName = new Dictionary<string, OutletColumn>(StringComparer.Ordinal);
        var list = new List<StoryArticle>(articles.Count);
        foreach (var sa in articles)
        {
            var a = sa.Document.Article;
            var outlet = a.Source.OutletName;
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
            dto.NameVariants,
            dto.Framing,
            comparison?.Nodes is { Count: > 0 } ? dto.Network : Network(docs));
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
            article = article with { Source = article.Source with { Outlet = d.Article.Source.OutletName } };
        return new ArticleView(article, sa.StoryId, storyTitle, sa.IngestedAt, mentions,
            ReportBuilder.Quotes(d).ToList(), ReportBuilder.Claims(d).ToList(), Times(d).ToList(), ReportBuilder.Events(d).ToList());
    }

    public static IEnumerable<TimeDto> Times(Document d) => d.Times.Select(t => new TimeDto(
        d.Article.Id, t.Start, t.Length, Slice(d.Text, t.Start, t.Length), t.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), t.Relative));

    /// <summary>Before a comparison is stored, the network is drawn from every article of the story as it stands.</summary>
    private static NetworkDto Network(List<Document> docs)
    {
        var (nodes, edges) = ActorNetwork.Build(docs);
        return new NetworkDto(
            nodes.Select(n => new NetworkNodeDto(n.Id, n.Name, n.Type, n.Weight)).ToList(),
            edges.Select(e => new NetworkEdgeDto(e.Source, e.Target, e.Kind, e.Count, [.. e.Quads])).ToList());
    }

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
}
