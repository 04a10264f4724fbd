using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Parallax.Store;

// The entity index: one row per mention, keyed by the canonical entity id when the mention is resolved, and by
// "~TYPE:surface" (lower-cased) when it is not, so unresolved names are still findable and never passed off as resolved.
public sealed partial class SqliteStore
{
    private const string EntityIndex = "entities";

    public static string UnresolvedKey(string type, string surface) => "~" + type + ":" + surface.ToLowerInvariant();

    /// <summary>Indexes the mentions of articles stored since the last call. Returns how many articles it indexed.</summary>
    public int SyncEntityIndex(int batchSize = 500)
    {
        var done = 0;
        while (true)
        {
            long from;
            using (var cmd = Command("SELECT seq FROM index_state WHERE name = $n"))
            {
                cmd.Parameters.AddWithValue("$n", EntityIndex);
                from = cmd.ExecuteScalar() is long s ? s : 0;
            }

            var batch = new List<StoredArticle>(batchSize);
            using (var cmd = Command($"SELECT {LeanColumns} FROM articles WHERE seq > $seq ORDER BY seq LIMIT $n"))
            {
                cmd.Parameters.AddWithValue("$seq", from);
                cmd.Parameters.AddWithValue("$n", batchSize);
                batch = ReadLean(cmd);
            }

            if (batch.Count == 0)
                return done;
            using var tx = _connection.BeginTransaction();
            foreach (var a in batch)
                IndexMentions(a, tx);
            using (var cmd = Command("INSERT INTO index_state (name, seq) VALUES ($n, $s) ON CONFLICT(name) DO UPDATE SET seq = excluded.seq", tx))
            {
                cmd.Parameters.AddWithValue("$n", EntityIndex);
                cmd.Parameters.AddWithValue("$s", batch[^1].Seq);
                cmd.ExecuteNonQuery();
            }

            tx.Commit();
            done += batch.Count;
        }
    }

    /// <summary>True when articles were stored after the entity index was last brought up to date.</summary>
    public bool EntityIndexBehind()
    {
        using var cmd = Command("SELECT coalesce((SELECT seq FROM index_state WHERE name = $n), 0) < coalesce((SELECT max(seq) FROM articles), 0)");
        cmd.Parameters.AddWithValue("$n", EntityIndex);
        return Convert.ToInt64(cmd.ExecuteScalar(), CultureInfo.InvariantCulture) == 1;
    }

    private void IndexMentions(StoredArticle a, SqliteTransaction tx)
    {
        var doc = a.Document;
        var text = doc.Text;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        using var insert = Command("INSERT INTO entity_mentions (entity, article_seq, start, length, text) VALUES ($e, $seq, $start, $len, $text)", tx);
        using var upsert = Command(
            """
            INSERT INTO entities (id, name, type, resolved, mentions, articles) VALUES ($e, $name, $type, $resolved, 1, 1)
            ON CONFLICT(id) DO UPDATE SET
                mentions = mentions + 1,
                articles = articles + $newArticle,
                name = CASE WHEN length($name) > length(name) THEN $name ELSE name END
            """, tx);
        for (var i = 0; i < doc.Mentions.Length; i++)
        {
            var m = doc.Mentions[i];
            if (m.Start < 0 || m.Length <= 0 || m.Start + m.Length > text.Length)
                continue;
            var surface = text.Substring(m.Start, m.Length);
            var type = m.Type.ToString();
            var resolved = i < doc.MentionEntities.Length && doc.MentionEntities[i] is not null;
            var key = resolved ? doc.MentionEntities[i]! : UnresolvedKey(type, surface);
            insert.Parameters.Clear();
            insert.Parameters.AddWithValue("$e", key);
            insert.Parameters.AddWithValue("$seq", a.Seq);
            insert.Parameters.AddWithValue("$start", m.Start);
            insert.Parameters.AddWithValue("$len", m.Length);
            insert.Parameters.AddWithValue("$text", surface);
            insert.ExecuteNonQuery();
            upsert.Parameters.Clear();
            upsert.Parameters.AddWithValue("$e", key);
            upsert.Parameters.AddWithValue("$name", surface);
            upsert.Parameters.AddWithValue("$type", type);
            upsert.Parameters.AddWithValue("$resolved", resolved ? 1 : 0);
            upsert.Parameters.AddWithValue("$newArticle", seen.Add(key) ? 1 : 0);
            upsert.ExecuteNonQuery();
        }
    }

    /// <summary>Entities whose name contains the text (any when null), most widely reported first.</summary>
    public IReadOnlyList<EntityRow> ListEntities(string? contains, int offset, int limit)
    {
        using var cmd = Command(
            contains is null
                ? "SELECT id, name, type, resolved, mentions, articles FROM entities ORDER BY articles DESC, mentions DESC, id LIMIT $limit OFFSET $offset"
                : "SELECT id, name, type, resolved, mentions, articles FROM entities WHERE name LIKE $like ESCAPE '\\' ORDER BY articles DESC, mentions DESC, id LIMIT $limit OFFSET $offset");
        if (contains is not null)
            cmd.Parameters.AddWithValue("$like", "%" + contains.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal) + "%");
        cmd.Parameters.AddWithValue("$limit", limit);
        cmd.Parameters.AddWithValue("$offset", offset);
        using var r = cmd.ExecuteReader();
        var list = new List<EntityRow>();
        while (r.Read())
            list.Add(new EntityRow(r.GetString(0), r.GetString(1), r.GetString(2), r.GetInt32(3) == 1, r.GetInt32(4), r.GetInt32(5)));
        return list;
    }

    public EntityRow? GetEntity(string id)
    {
        using var cmd = Command("SELECT id, name, type, resolved, mentions, articles FROM entities WHERE id = $id");
        cmd.Parameters.AddWithValue("$id", id);
        using var r = cmd.ExecuteReader();
        return r.Read() ? new EntityRow(r.GetString(0), r.GetString(1), r.GetString(2), r.GetInt32(3) == 1, r.GetInt32(4), r.GetInt32(5)) : null;
    }

    /// <summary>Mentions of an entity, newest articles first.</summary>
    public IReadOnlyList<EntityMentionRow> EntityMentions(string id, int offset, int limit)
    {
        using var cmd = Command(
            """
            SELECT a.id, a.title, a.outlet, a.published, a.story_id, m.start, m.length, m.text
            FROM entity_mentions m JOIN articles a ON a.seq = m.article_seq
            WHERE m.entity = $id
            ORDER BY m.article_seq DESC, m.start LIMIT $limit OFFSET $offset
            """);
        cmd.Parameters.AddWithValue("$id", id);
        cmd.Parameters.AddWithValue("$offset", offset);
        cmd.Parameters.AddWithValue("$limit", limit);
        using var r = cmd.ExecuteReader();
        var list = new List<EntityMentionRow>();
        while (r.Read())
        {
            list.Add(new EntityMentionRow(r.GetString(0), r.IsDBNull(1) ? null : r.GetString(1), r.IsDBNull(2) ? null : r.GetString(2),
                r.IsDBNull(3) ? null : r.GetString(3), r.GetString(4), r.GetInt32(5), r.GetInt32(6), r.GetString(7)));
        }

        return list;
    }

    /// <summary>How the entity is written, with counts, most frequent first.</summary>
    public IReadOnlyList<FacetCount> EntityNames(string id) =>
        Facet("SELECT text, NULL, count(*) FROM entity_mentions WHERE entity = $id GROUP BY text ORDER BY 3 DESC, 1 LIMIT 50", [("$id", id)]);

    /// <summary>The stories an entity appears in, by how many of their articles mention it.</summary>
    public IReadOnlyList<FacetCount> EntityStories(string id) =>
        Facet(
            """
            SELECT a.story_id, s.title, count(DISTINCT a.seq) FROM entity_mentions m
            JOIN articles a ON a.seq = m.article_seq JOIN stories s ON s.id = a.story_id
            WHERE m.entity = $id GROUP BY a.story_id ORDER BY 3 DESC, 1 LIMIT 50
            """, [("$id", id)]);

    /// <summary>The most recent articles mentioning an entity, whole, so quotes and events about it can be read out.</summary>
    public List<StoredArticle> ArticlesMentioning(string id, int limit)
    {
        using var cmd = Command(
            $"SELECT {LeanColumns} FROM articles WHERE seq IN (SELECT DISTINCT article_seq FROM entity_mentions WHERE entity = $id ORDER BY article_seq DESC LIMIT $limit) ORDER BY seq DESC");
        cmd.Parameters.AddWithValue("$id", id);
        cmd.Parameters.AddWithValue("$limit", limit);
        return ReadLean(cmd);
    }

    /// <summary>Stored articles that have events, in ingest order after a sequence number, one page at a time.</summary>
    public List<StoredArticle> ArticlesWithEvents(string? storyId, long afterSeq, int limit)
    {
        using var cmd = Command(
            $"SELECT {LeanColumns} FROM articles WHERE seq > $after AND json_array_length(annotations, '$.events') > 0"
            + (storyId is null ? string.Empty : " AND story_id = $story") + " ORDER BY seq LIMIT $limit");
        cmd.Parameters.AddWithValue("$after", afterSeq);
        cmd.Parameters.AddWithValue("$limit", limit);
        if (storyId is not null)
            cmd.Parameters.AddWithValue("$story", storyId);
        return ReadLean(cmd);
    }
}
