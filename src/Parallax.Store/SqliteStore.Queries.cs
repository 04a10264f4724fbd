using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using Parallax.Annotations;
using Parallax.Model;

namespace Parallax.Store;

// Read queries for the web API. Every list is paged with a cursor and bounded, so no request reads the whole store.
public sealed partial class SqliteStore
{
    /// <summary>
    /// For a connection that mostly reads: a larger page cache (16 MB), since the story and article queries read whole
    /// rows with their annotation JSON. No memory-mapping, so the server's memory stays its own and bounded.
    /// </summary>
    public void TuneForReads()
    {
        using var cmd = Command("PRAGMA cache_size = -16384;");
        cmd.ExecuteNonQuery();
    }

    private const string OrderKey = "coalesce(s.last_published, '')";

    /// <summary>Stories newest first, then most covered, filtered, one page after the cursor.</summary>
    public StoryPage ListStories(StoryFilter filter, StoryCursor? after, int limit)
    {
        var sql = new StringBuilder(
            $"""
            SELECT s.id, s.title, s.article_count, s.first_published, s.last_published, s.first_seq,
                   (SELECT count(DISTINCT coalesce(outlet, path, url)) FROM articles a WHERE a.story_id = s.id)
            FROM stories s WHERE 1 = 1
            """);
        using var cmd = Command(string.Empty);
        if (filter.From is { } from)
        {
            sql.Append(" AND s.last_published >= $from");
            cmd.Parameters.AddWithValue("$from", from);
        }

        if (filter.To is { } to)
        {
            sql.Append(" AND s.first_published <= $to");
            cmd.Parameters.AddWithValue("$to", to);
        }

        if (filter.Outlet is { } outlet)
        {
            sql.Append(" AND EXISTS (SELECT 1 FROM articles a WHERE a.story_id = s.id AND a.outlet = $outlet)");
            cmd.Parameters.AddWithValue("$outlet", outlet);
        }

        if (filter.Entity is { } entity)
        {
            sql.Append(" AND s.id IN (SELECT a.story_id FROM entity_mentions m JOIN articles a ON a.seq = m.article_seq WHERE m.entity = $entity)");
            cmd.Parameters.AddWithValue("$entity", entity);
        }

        if (filter.Match is { } match)
        {
            sql.Append(" AND s.id IN (SELECT a.story_id FROM articles_fts f JOIN articles a ON a.seq = f.rowid WHERE articles_fts MATCH $match)");
            cmd.Parameters.AddWithValue("$match", match);
        }

        if (after is { } c)
        {
            // Expanded keyset comparison: the sort mixes descending and ascending keys, so a row value cannot express it.
            sql.Append($" AND {OrderKey} <= $clp AND ({OrderKey} < $clp OR s.article_count < $cac OR (s.article_count = $cac AND s.first_seq > $cfs))");
            cmd.Parameters.AddWithValue("$clp", c.LastPublished);
            cmd.Parameters.AddWithValue("$cac", c.ArticleCount);
            cmd.Parameters.AddWithValue("$cfs", c.FirstSeq);
        }

        sql.Append($" ORDER BY {OrderKey} DESC, s.article_count DESC, s.first_seq LIMIT $limit");
        cmd.Parameters.AddWithValue("$limit", limit + 1);
        cmd.CommandText = sql.ToString();
        var rows = new List<StoryRow>(limit + 1);
        using (var r = cmd.ExecuteReader())
        {
            while (r.Read())
                rows.Add(ReadStoryRow(r));
        }

        StoryCursor? next = null;
        if (rows.Count > limit)
        {
            rows.RemoveAt(limit);
            next = rows[^1].Cursor;
        }

        return new StoryPage(rows, next);
    }

    /// <summary>One story's row. Counting its outlets reads its articles, so a caller that reads them anyway can skip it (Outlets is then 0).</summary>
    public StoryRow? GetStoryRow(string id, bool countOutlets = true)
    {
        using var cmd = Command(
            $"""
            SELECT s.id, s.title, s.article_count, s.first_published, s.last_published, s.first_seq,
                   {(countOutlets ? "(SELECT count(DISTINCT coalesce(outlet, path, url)) FROM articles a WHERE a.story_id = s.id)" : "0")}
            FROM stories s WHERE s.id = $id
            """);
        cmd.Parameters.AddWithValue("$id", id);
        using var r = cmd.ExecuteReader();
        return r.Read() ? ReadStoryRow(r) : null;
    }

    private static StoryRow ReadStoryRow(SqliteDataReader r) => new(
        r.GetString(0), r.GetString(1), r.GetInt32(2),
        r.GetInt32(6),
        r.IsDBNull(3) ? null : r.GetString(3),
        r.IsDBNull(4) ? null : r.GetString(4),
        r.GetInt64(5));

    /// <summary>The articles of a story in ingest order, without their raw input.</summary>
    public List<StoredArticle> ReadStoryArticles(string storyId)
    {
        using var cmd = Command($"SELECT {LeanColumns} FROM articles WHERE story_id = $id ORDER BY seq");
        cmd.Parameters.AddWithValue("$id", storyId);
        return ReadLean(cmd);
    }

    public StoredArticle? GetArticle(string id)
    {
        using var cmd = Command($"SELECT {LeanColumns} FROM articles WHERE id = $id");
        cmd.Parameters.AddWithValue("$id", id);
        var list = ReadLean(cmd);
        return list.Count == 0 ? null : list[0];
    }

    /// <summary>Articles stored after a sequence number, in order, for catching up in-memory state such as a story assigner.</summary>
    public IEnumerable<StoredArticle> ReadArticlesAfter(long seq)
    {
        using var cmd = Command($"SELECT {LeanColumns} FROM articles WHERE seq > $seq ORDER BY seq");
        cmd.Parameters.AddWithValue("$seq", seq);
        using var r = cmd.ExecuteReader();
        while (r.Read())
            yield return ReadLeanRow(r);
    }

    public int StoryCount => Convert.ToInt32(Scalar("SELECT count(*) FROM stories"), CultureInfo.InvariantCulture);

    public long MaxSeq => Convert.ToInt64(Scalar("SELECT coalesce(max(seq), 0) FROM articles"), CultureInfo.InvariantCulture);

    public string? StoryOf(string articleId)
    {
        using var cmd = Command("SELECT story_id FROM articles WHERE id = $id");
        cmd.Parameters.AddWithValue("$id", articleId);
        return cmd.ExecuteScalar() as string;
    }

    /// <summary>Replaces the stored comparison of a story (brief, conflicts, agreements, unique facts, timeline).</summary>
    public void SaveComparison(Story story)
    {
        using var cmd = Command(
            """
            INSERT INTO story_comparisons (story_id, comparison, updated_at) VALUES ($id, $c, $now)
            ON CONFLICT(story_id) DO UPDATE SET comparison = excluded.comparison, updated_at = excluded.updated_at
            """);
        cmd.Parameters.AddWithValue("$id", story.Id);
        cmd.Parameters.AddWithValue("$c", StoreJsonContext.Write(StoredComparison.From(story)));
        cmd.Parameters.AddWithValue("$now", Iso(DateTimeOffset.UtcNow));
        cmd.ExecuteNonQuery();
    }

    public StoredComparison? GetComparison(string storyId)
    {
        using var cmd = Command("SELECT comparison FROM story_comparisons WHERE story_id = $id");
        cmd.Parameters.AddWithValue("$id", storyId);
        return cmd.ExecuteScalar() is string json ? StoreJsonContext.Read<StoredComparison>(json) : null;
    }

    private const string LeanColumns =
        "id, path, url, outlet, title, dek, byline, dateline, published, language, canonical_url, text, captions, removed, annotations, seq, story_id, ingested_at";

    private static List<StoredArticle> ReadLean(SqliteCommand cmd)
    {
        var list = new List<StoredArticle>();
        using var r = cmd.ExecuteReader();
        while (r.Read())
            list.Add(ReadLeanRow(r));
        return list;
    }

    /// <summary>Reads an article without its raw input (which only removed-span offsets point into), for display.</summary>
    private static StoredArticle ReadLeanRow(SqliteDataReader r)
    {
        var (source, meta) = ReadHead(r);
        var article = new Article(source, string.Empty, r.GetString(11), meta)
        {
            Captions = [.. StoreJsonContext.Read<string[]>(r.GetString(12))],
            Removed = ImmutableArray.Create(StoreJsonContext.Read<RemovedSpan[]>(r.GetString(13))),
        };
        var doc = new Document(article);
        StoreJsonContext.Read<StoredAnnotations>(r.GetString(14)).ApplyTo(doc);
        return new StoredArticle(doc, r.GetInt64(15), r.GetString(16), r.GetString(17));
    }
}
