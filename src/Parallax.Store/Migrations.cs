namespace Parallax.Store;

/// <summary>
/// Versioned schema. Each entry upgrades the database from the previous version; a database
/// newer than this build is refused rather than written to.
/// </summary>
internal static class Migrations
{
    public static readonly string[] Steps =
    [
        """
        CREATE TABLE articles (
            id TEXT PRIMARY KEY,
            seq INTEGER NOT NULL UNIQUE,
            path TEXT, url TEXT, outlet TEXT,
            title TEXT, dek TEXT, byline TEXT, dateline TEXT,
            published TEXT, language TEXT, canonical_url TEXT,
            text TEXT NOT NULL,
            raw TEXT NOT NULL,
            captions TEXT NOT NULL,
            removed TEXT NOT NULL,
            annotations TEXT NOT NULL,
            story_id TEXT NOT NULL,
            ingested_at TEXT NOT NULL
        );
        CREATE INDEX articles_story ON articles(story_id);
        CREATE INDEX articles_published ON articles(published);
        CREATE TABLE stories (
            id TEXT PRIMARY KEY,
            title TEXT NOT NULL,
            first_seq INTEGER NOT NULL,
            article_count INTEGER NOT NULL,
            first_published TEXT,
            last_published TEXT
        );
        CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, content='articles', content_rowid='seq');
        CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
            INSERT INTO articles_fts(rowid, title, text) VALUES (new.seq, new.title, new.text);
        END;
        CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
            INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.seq, old.title, old.text);
        END;
        """,
        // 2: what the web API reads. Keyset paging of the story list, stored story comparisons, and an entity
        // index derived from each article's mention layer (filled by SqliteStore.SyncEntityIndex, not by triggers,
        // so offsets stay in UTF-16 units like every other annotation).
        """
        CREATE INDEX stories_order ON stories(coalesce(last_published, '') DESC, article_count DESC, first_seq);
        CREATE INDEX articles_outlet ON articles(outlet, story_id);
        CREATE TABLE story_comparisons (
            story_id TEXT PRIMARY KEY,
            comparison TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE TABLE entities (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            type TEXT NOT NULL,
            resolved INTEGER NOT NULL,
            mentions INTEGER NOT NULL,
            articles INTEGER NOT NULL
        );
        CREATE INDEX entities_rank ON entities(articles DESC, mentions DESC);
        CREATE TABLE entity_mentions (
            entity TEXT NOT NULL,
            article_seq INTEGER NOT NULL,
            start INTEGER NOT NULL,
            length INTEGER NOT NULL,
            text TEXT NOT NULL
        );
        CREATE INDEX entity_mentions_entity ON entity_mentions(entity, article_seq);
        CREATE INDEX entity_mentions_article ON entity_mentions(article_seq);
        CREATE TABLE index_state (name TEXT PRIMARY KEY, seq INTEGER NOT NULL);
        """,
    ];

    public static int Latest => Steps.Length;
}
