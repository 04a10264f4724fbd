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
    ];

    public static int Latest => Steps.Length;
}
