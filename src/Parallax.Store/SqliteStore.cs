using System.Collections.Immutable;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Parallax.Annotations;
using Parallax.Model;

namespace Parallax.Store;

/// <summary>
/// The embedded store: one SQLite file in WAL mode. Writes happen in batches, each in its own
/// transaction, so a crash or kill loses at most the batch in progress and never what was committed.
/// </summary>
public sealed partial class SqliteStore : IDisposable
{
    private readonly SqliteConnection _connection;

    private SqliteStore(SqliteConnection connection) => _connection = connection;

    public string Path { get; private init; } = string.Empty;

    public static SqliteStore Open(string path)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
        }.ToString());
        try
        {
            connection.Open();
            Execute(connection, "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON; PRAGMA busy_timeout=5000;");
            Migrate(connection);
        }
        catch (SqliteException ex)
        {
            connection.Dispose();
            throw new StoreException($"cannot open database {path}: {ex.Message}", ex);
        }

        return new SqliteStore(connection) { Path = path };
    }

    public int SchemaVersion => Convert.ToInt32(Scalar("PRAGMA user_version"), CultureInfo.InvariantCulture);

    private static void Migrate(SqliteConnection connection)
    {
        var version = Convert.ToInt32(ScalarOn(connection, "PRAGMA user_version"), CultureInfo.InvariantCulture);
        if (version > Migrations.Latest)
            throw new StoreException($"database schema version {version} is newer than this build understands ({Migrations.Latest})");
        for (var v = version; v < Migrations.Latest; v++)
        {
            using var tx = connection.BeginTransaction();
            Execute(connection, Migrations.Steps[v], tx);
            Execute(connection, $"PRAGMA user_version = {v + 1}", tx);
            tx.Commit();
        }
    }

    public bool Contains(string articleId)
    {
        using var cmd = Command("SELECT 1 FROM articles WHERE id = $id");
        cmd.Parameters.AddWithValue("$id", articleId);
        return cmd.ExecuteScalar() is not null;
    }

    public int ArticleCount => Convert.ToInt32(Scalar("SELECT count(*) FROM articles"), CultureInfo.InvariantCulture);

    /// <summary>Stores a batch of documents with their story ids in one transaction. Returns how many were new.</summary>
    public int AddBatch(IReadOnlyList<(Document Document, string StoryId)> batch)
    {
        using var tx = _connection.BeginTransaction();
        var seq = Convert.ToInt64(Scalar("SELECT coalesce(max(seq), 0) FROM articles", tx), CultureInfo.InvariantCulture);
        var added = 0;
        foreach (var (doc, storyId) in batch)
        {
            if (InsertArticle(doc, storyId, seq + 1, tx))
            {
                seq++;
                added++;
                UpsertStory(doc, storyId, seq, tx);
            }
        }

        tx.Commit();
        return added;
    }

    private bool InsertArticle(Document doc, string storyId, long seq, SqliteTransaction tx)
    {
        var a = doc.Article;
        var m = a.Metadata;
        using var cmd = Command(
            """
            INSERT OR IGNORE INTO articles (id, seq, path, url, outlet, title, dek, byline, dateline, published, language,
                canonical_url, text, raw, captions, removed, annotations, story_id, ingested_at)
            VALUES ($id, $seq, $path, $url, $outlet, $title, $dek, $byline, $dateline, $published, $language,
                $canonical, $text, $raw, $captions, $removed, $annotations, $story, $now)
            """, tx);
        cmd.Parameters.AddWithValue("$id", a.Id);
        cmd.Parameters.AddWithValue("$seq", seq);
        cmd.Parameters.AddWithValue("$path", Db(a.Source.Path));
        cmd.Parameters.AddWithValue("$url", Db(a.Source.Url));
        cmd.Parameters.AddWithValue("$outlet", Db(a.Source.Outlet));
        cmd.Parameters.AddWithValue("$title", Db(m.Title));
        cmd.Parameters.AddWithValue("$dek", Db(m.Dek));
        cmd.Parameters.AddWithValue("$byline", Db(m.Byline));
        cmd.Parameters.AddWithValue("$dateline", Db(m.Dateline));
        cmd.Parameters.AddWithValue("$published", Db(Iso(m.Published)));
        cmd.Parameters.AddWithValue("$language", Db(m.Language));
        cmd.Parameters.AddWithValue("$canonical", Db(m.CanonicalUrl));
        cmd.Parameters.AddWithValue("$text", a.Text);
        cmd.Parameters.AddWithValue("$raw", a.Raw);
        cmd.Parameters.AddWithValue("$captions", StoreJsonContext.Write(a.Captions.ToArray()));
        cmd.Parameters.AddWithValue("$removed", StoreJsonContext.Write(a.Removed.ToArray()));
        cmd.Parameters.AddWithValue("$annotations", StoreJsonContext.Write(StoredAnnotations.From(doc)));
        cmd.Parameters.AddWithValue("$story", storyId);
        cmd.Parameters.AddWithValue("$now", Iso(DateTimeOffset.UtcNow));
        return cmd.ExecuteNonQuery() == 1;
    }

    private void UpsertStory(Document doc, string storyId, long seq, SqliteTransaction tx)
    {
        using var cmd = Command(
            """
            INSERT INTO stories (id, title, first_seq, article_count, first_published, last_published)
            VALUES ($id, $title, $seq, 1, $published, $published)
            ON CONFLICT(id) DO UPDATE SET
                article_count = article_count + 1,
                first_published = CASE WHEN first_published IS NULL OR $published < first_published THEN coalesce($published, first_published) ELSE first_published END,
                last_published = CASE WHEN last_published IS NULL OR $published > last_published THEN coalesce($published, last_published) ELSE last_published END
            """, tx);
        cmd.Parameters.AddWithValue("$id", storyId);
        cmd.Parameters.AddWithValue("$title", doc.Article.Metadata.Title ?? "(untitled)");
        cmd.Parameters.AddWithValue("$seq", seq);
        cmd.Parameters.AddWithValue("$published", Db(Iso(doc.Article.Metadata.Published)));
        cmd.ExecuteNonQuery();
    }

    /// <summary>Every stored article in ingest order, for rebuilding in-memory state such as the story assigner.</summary>
    public IEnumerable<Document> ReadAllDocuments()
    {
        using var cmd = Command($"SELECT {ArticleColumns} FROM articles ORDER BY seq");
        using var reader = cmd.ExecuteReader();
        while (reader.Read())
            yield return ReadDocument(reader);
    }

    public IReadOnlyList<StorySummary> ListStories()
    {
        using var cmd = Command(
            """
            SELECT s.id, s.title, s.article_count, s.first_published, s.last_published,
                   (SELECT count(DISTINCT coalesce(outlet, path, url)) FROM articles a WHERE a.story_id = s.id)
            FROM stories s
            ORDER BY coalesce(s.last_published, '') DESC, s.article_count DESC, s.first_seq
            """);
        using var reader = cmd.ExecuteReader();
        var list = new List<StorySummary>();
        while (reader.Read())
        {
            list.Add(new StorySummary(
                reader.GetString(0), reader.GetString(1), reader.GetInt32(2),
                reader.IsDBNull(3) ? null : reader.GetString(3),
                reader.IsDBNull(4) ? null : reader.GetString(4),
                reader.GetInt32(5)));
        }

        return list;
    }

    /// <summary>A story and its documents in ingest order, or null when there is no such story.</summary>
    public (Story Story, List<Document> Documents)? GetStory(string id)
    {
        string title;
        using (var cmd = Command("SELECT title FROM stories WHERE id = $id"))
        {
            cmd.Parameters.AddWithValue("$id", id);
            if (cmd.ExecuteScalar() is not string t)
                return null;
            title = t;
        }

        var docs = new List<Document>();
        using (var cmd = Command($"SELECT {ArticleColumns} FROM articles WHERE story_id = $id ORDER BY seq"))
        {
            cmd.Parameters.AddWithValue("$id", id);
            using var reader = cmd.ExecuteReader();
            while (reader.Read())
                docs.Add(ReadDocument(reader));
        }

        var story = new Story { Id = id, Title = title };
        story.Articles.AddRange(docs.Select(d => d.Article.Id));
        return (story, docs);
    }

    private const string ArticleColumns =
        "id, path, url, outlet, title, dek, byline, dateline, published, language, canonical_url, text, raw, captions, removed, annotations";

    /// <summary>Source and metadata from columns 1–10, which every article query selects in the same order.</summary>
    private static (SourceInfo Source, ArticleMetadata Metadata) ReadHead(SqliteDataReader r)
    {
        string? S(int i) => r.IsDBNull(i) ? null : r.GetString(i);
        var meta = new ArticleMetadata
        {
            Title = S(4),
            Dek = S(5),
            Byline = S(6),
            Dateline = S(7),
            Published = S(8) is { } p ? DateTimeOffset.Parse(p, CultureInfo.InvariantCulture) : null,
            Language = S(9),
            CanonicalUrl = S(10),
        };
        return (new SourceInfo(S(1), S(2), S(3)), meta);
    }

    private static Document ReadDocument(SqliteDataReader r)
    {
        var (source, meta) = ReadHead(r);
        var article = new Article(source, r.GetString(12), r.GetString(11), meta)
        {
            Captions = [.. StoreJsonContext.Read<string[]>(r.GetString(13))],
            Removed = ImmutableArray.Create(StoreJsonContext.Read<RemovedSpan[]>(r.GetString(14))),
        };
        if (article.Id != r.GetString(0))
            throw new StoreException($"article {r.GetString(0)} does not match its stored text (id {article.Id}); the database is damaged");
        var doc = new Document(article);
        StoreJsonContext.Read<StoredAnnotations>(r.GetString(15)).ApplyTo(doc);
        return doc;
    }

    private static string? Iso(DateTimeOffset? d) => d?.ToUniversalTime().ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);

    private static object Db(string? value) => value is null ? DBNull.Value : value;

    private SqliteCommand Command(string sql, SqliteTransaction? tx = null)
    {
        var cmd = _connection.CreateCommand();
        cmd.CommandText = sql;
        cmd.Transaction = tx;
        return cmd;
    }

    private object? Scalar(string sql, SqliteTransaction? tx = null)
    {
        using var cmd = Command(sql, tx);
        return cmd.ExecuteScalar();
    }

    private static object? ScalarOn(SqliteConnection c, string sql)
    {
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        return cmd.ExecuteScalar();
    }

    private static void Execute(SqliteConnection c, string sql, SqliteTransaction? tx = null)
    {
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        cmd.Transaction = tx;
        cmd.ExecuteNonQuery();
    }

    public void Dispose() => _connection.Dispose();
}

public sealed record StorySummary(string Id, string Title, int Articles, string? FirstPublished, string? LastPublished, int Outlets);

public sealed class StoreException(string message, Exception? inner = null) : Exception(message, inner);
