using Microsoft.Data.Sqlite;
using Parallax.Annotations;
using Parallax.Model;
using Parallax.Testing;

namespace Parallax.Store.Tests;

public sealed class StoreTests
{
    private static Document Doc(string title, string text, DateTimeOffset? published = null) =>
        new(new Article(new SourceInfo("p/" + title, null, "Outlet " + title[0]), title + "\n" + text, text,
            new ArticleMetadata { Title = title, Published = published }))
        {
            Mentions = [new EntityMention(0, 4, EntityType.PER, 0, 1)],
            MentionEntities = ["e1"],
            Quotes = [new Quote(5, 3, QuoteKind.Direct, new TextRange(0, 4), TextRange.None, null)],
        };

    [Fact]
    public void A_new_database_is_migrated_to_the_latest_version_and_reopens()
    {
        using var tmp = new TempDir();
        var path = Path.Combine(tmp.Path, "a.db");
        using (var s = SqliteStore.Open(path))
            Assert.Equal(2, s.SchemaVersion);
        using (var s = SqliteStore.Open(path))
            Assert.Equal(2, s.SchemaVersion);
    }

    [Fact]
    public void A_database_from_a_newer_build_is_refused()
    {
        using var tmp = new TempDir();
        var path = Path.Combine(tmp.Path, "a.db");
        using (var c = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            c.Open();
            using var cmd = c.CreateCommand();
            cmd.CommandText = "PRAGMA user_version = 99";
            cmd.ExecuteNonQuery();
        }

        var ex = Assert.Throws<StoreException>(() => SqliteStore.Open(path));
        Assert.Contains("newer", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Documents_round_trip_with_metadata_and_annotations()
    {
        using var tmp = new TempDir();
        using var store = SqliteStore.Open(Path.Combine(tmp.Path, "a.db"));
        var d = Doc("Alpha", "Anna met Bob.", new DateTimeOffset(2025, 3, 3, 10, 0, 0, TimeSpan.Zero));
        Assert.Equal(1, store.AddBatch([(d, "s1")]));
        var (story, docs) = store.GetStory("s1")!.Value;
        Assert.Equal("Alpha", story.Title);
        var back = Assert.Single(docs);
        Assert.Equal(d.Article.Id, back.Article.Id);
        Assert.Equal(d.Article.Raw, back.Article.Raw);
        Assert.Equal(d.Article.Metadata.Published, back.Article.Metadata.Published);
        Assert.Equal(d.Mentions, back.Mentions);
        Assert.Equal(d.MentionEntities, back.MentionEntities);
        Assert.Equal(d.Quotes, back.Quotes);
    }

    [Fact]
    public void The_same_article_is_stored_once()
    {
        using var tmp = new TempDir();
        using var store = SqliteStore.Open(Path.Combine(tmp.Path, "a.db"));
        Assert.Equal(1, store.AddBatch([(Doc("Alpha", "Same text."), "s1")]));
        Assert.Equal(0, store.AddBatch([(Doc("Alpha", "Same text."), "s1")]));
        Assert.Equal(1, store.ArticleCount);
        Assert.Equal(1, store.ListStories().Single().Articles);
    }

    [Fact]
    public void Stories_list_newest_first_with_article_and_outlet_counts()
    {
        using var tmp = new TempDir();
        using var store = SqliteStore.Open(Path.Combine(tmp.Path, "a.db"));
        var early = new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);
        store.AddBatch([(Doc("Alpha", "a1", early), "old"), (Doc("Beta", "b1", early.AddDays(5)), "new"), (Doc("Gamma", "b2", early.AddDays(4)), "new")]);
        var list = store.ListStories();
        Assert.Equal(["new", "old"], list.Select(s => s.Id));
        Assert.Equal(2, list[0].Articles);
        Assert.Equal(2, list[0].Outlets);
        Assert.Equal("2025-01-05T00:00:00Z", list[0].FirstPublished);
        Assert.Equal("2025-01-06T00:00:00Z", list[0].LastPublished);
    }

    [Fact]
    public void Full_text_search_index_follows_inserts()
    {
        using var tmp = new TempDir();
        var path = Path.Combine(tmp.Path, "a.db");
        using (var store = SqliteStore.Open(path))
            store.AddBatch([(Doc("Ferries", "The harbor ferries resumed."), "s1"), (Doc("Budget", "The council passed a budget."), "s2")]);
        using var c = new SqliteConnection($"Data Source={path};Pooling=False");
        c.Open();
        using var cmd = c.CreateCommand();
        cmd.CommandText = "SELECT a.title FROM articles_fts f JOIN articles a ON a.seq = f.rowid WHERE articles_fts MATCH 'ferries'";
        Assert.Equal("Ferries", cmd.ExecuteScalar());
    }

    [Fact]
    public void A_very_common_word_is_ranked_among_its_most_recent_matches_and_pages_stop_there()
    {
        using var tmp = new TempDir();
        using var store = SqliteStore.Open(Path.Combine(tmp.Path, "a.db"));
        var extra = SqliteStore.RankWindow + 50;
        var batch = new List<(Document, string)> { (Doc("Oldest", "harbor harbor harbor harbor harbor ferries"), "s0") };
        for (var i = 1; i < extra; i++)
            batch.Add((Doc("Report " + i, $"The harbor was busy on day {i}."), "s1"));
        store.AddBatch(batch);

        var common = store.Search(new SearchQuery("\"harbor\"", Limit: 5));
        var rare = store.Search(new SearchQuery("\"ferries\"", Limit: 5));

        Assert.Equal(extra, common.Total);
        Assert.Equal(SqliteStore.RankWindow, common.Ranked);
        Assert.Equal(5, common.Hits.Count);
        Assert.DoesNotContain(common.Hits, h => h.Title == "Oldest");
        Assert.Equal("Oldest", Assert.Single(rare.Hits).Title);
        Assert.Equal(1, rare.Ranked);
    }
}
