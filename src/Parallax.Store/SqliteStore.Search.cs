using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Parallax.Store;

// Full-text search over the FTS5 index, with facet counts over every match.
public sealed partial class SqliteStore
{
    /// <summary>Marks a match inside a snippet; control characters never occur in cleaned article text.</summary>
    public const char SnippetOpen = '\u0001';

    public const char SnippetClose = '\u0002';

    /// <summary>Facets count at most this many matches, the most recently stored, so a common word stays fast.</summary>
    public const int FacetSample = 1000;

    /// <summary>
    /// A query matching more than this many articles is ranked among its most recent this-many matches only: bm25 over
    /// every match of a common word costs 7× more, and a reader wants recent coverage of such a word anyway.
    /// </summary>
    public const int RankWindow = 5000;

    public SearchResult Search(SearchQuery q)
    {
        // Filters on article columns become a rowid set for the FTS query, so ranking and counting stay inside FTS5
        // and article rows are read only for the page of hits and the facet sample. The unary + keeps SQLite from
        // handing the set to FTS5 as rowid lookups (one full-text query per rowid), so it stays a filter.
        var filters = new List<string>();
        var parameters = new List<(string, object)> { ("$match", q.Match) };
        if (q.Outlet is { } outlet)
        {
            filters.Add("outlet = $outlet");
            parameters.Add(("$outlet", outlet));
        }

        if (q.From is { } from)
        {
            filters.Add("published >= $from");
            parameters.Add(("$from", from));
        }

        if (q.To is { } to)
        {
            filters.Add("published <= $to");
            parameters.Add(("$to", to));
        }

        var where = "articles_fts MATCH $match";
        if (filters.Count > 0)
            where += " AND +f.rowid IN (SELECT seq FROM articles WHERE " + string.Join(" AND ", filters) + ")";
        if (q.Entity is { } entity)
        {
            where += " AND +f.rowid IN (SELECT article_seq FROM entity_mentions WHERE entity = $entity)";
            parameters.Add(("$entity", entity));
        }

        int total;
        using (var cmd = Prepared($"SELECT count(*) FROM articles_fts f WHERE {where}", parameters))
            total = Convert.ToInt32(cmd.ExecuteScalar(), CultureInfo.InvariantCulture);

        var ranked = where;
        if (total > RankWindow)
        {
            using var cmd = Prepared($"SELECT f.rowid FROM articles_fts f WHERE {where} ORDER BY f.rowid DESC LIMIT 1 OFFSET {RankWindow - 1}", parameters);
            ranked += " AND f.rowid >= " + Convert.ToInt64(cmd.ExecuteScalar(), CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture);
        }

        var page = new List<(long Seq, string Snippet)>(q.Limit);
        using (var cmd = Prepared(
            $"""
            SELECT f.rowid, snippet(articles_fts, 1, char(1), char(2), '…', 24) FROM articles_fts f
            WHERE {ranked} AND rank MATCH 'bm25(4.0, 1.0)' ORDER BY rank LIMIT $limit OFFSET $offset
            """, parameters))
        {
            cmd.Parameters.AddWithValue("$limit", q.Limit);
            cmd.Parameters.AddWithValue("$offset", q.Offset);
            using var r = cmd.ExecuteReader();
            while (r.Read())
                page.Add((r.GetInt64(0), r.GetString(1)));
        }

        var hits = new List<SearchHit>(page.Count);
        using (var cmd = Command("SELECT id, title, outlet, published, story_id FROM articles WHERE seq = $seq"))
        {
            var seqParam = cmd.Parameters.Add("$seq", Microsoft.Data.Sqlite.SqliteType.Integer);
            foreach (var (seq, snippet) in page)
            {
                seqParam.Value = seq;
                using var r = cmd.ExecuteReader();
                if (r.Read())
                {
                    hits.Add(new SearchHit(r.GetString(0), r.IsDBNull(1) ? null : r.GetString(1), r.IsDBNull(2) ? null : r.GetString(2),
                        r.IsDBNull(3) ? null : r.GetString(3), r.GetString(4), snippet));
                }
            }
        }

        var sample = $"WITH h AS (SELECT f.rowid AS seq FROM articles_fts f WHERE {where} ORDER BY f.rowid DESC LIMIT {FacetSample}) ";
        var outlets = Facet(sample + "SELECT coalesce(a.outlet, ''), NULL, count(*) FROM h JOIN articles a ON a.seq = h.seq GROUP BY 1 ORDER BY 3 DESC, 1 LIMIT 12", parameters);
        var entities = Facet(
            sample + """
            SELECT m.entity, e.name, count(DISTINCT m.article_seq) FROM h
            JOIN entity_mentions m ON m.article_seq = h.seq JOIN entities e ON e.id = m.entity
            GROUP BY m.entity ORDER BY 3 DESC, 2 LIMIT 12
            """, parameters);
        var days = Facet(sample + "SELECT substr(a.published, 1, 10), NULL, count(*) FROM h JOIN articles a ON a.seq = h.seq WHERE a.published IS NOT NULL GROUP BY 1 ORDER BY 1", parameters);
        if (days.Count > 62)
            days = Facet(sample + "SELECT substr(a.published, 1, 7), NULL, count(*) FROM h JOIN articles a ON a.seq = h.seq WHERE a.published IS NOT NULL GROUP BY 1 ORDER BY 1", parameters);
        return new SearchResult(total, hits, outlets, entities, days, Math.Min(total, FacetSample)) { Ranked = Math.Min(total, RankWindow) };
    }

    private List<FacetCount> Facet(string sql, List<(string, object)> parameters)
    {
        using var cmd = Prepared(sql, parameters);
        using var r = cmd.ExecuteReader();
        var list = new List<FacetCount>();
        while (r.Read())
            list.Add(new FacetCount(r.GetString(0), r.IsDBNull(1) ? null : r.GetString(1), r.GetInt32(2)));
        return list;
    }

    private SqliteCommand Prepared(string sql, List<(string Name, object Value)> parameters)
    {
        var cmd = Command(sql);
        foreach (var (name, value) in parameters)
            cmd.Parameters.AddWithValue(name, value);
        return cmd;
    }

    /// <summary>
    /// Turns what a person types into a safe FTS5 query: words are quoted (so operators and column filters in the input
    /// are plain text), "quoted phrases" stay phrases, a trailing * keeps a prefix search, and all terms must match.
    /// Returns null when nothing searchable is left.
    /// </summary>
    public static string? ToMatchQuery(string input)
    {
        var terms = new List<string>();
        var i = 0;
        while (i < input.Length)
        {
            if (char.IsWhiteSpace(input[i]))
            {
                i++;
                continue;
            }

            string term;
            var prefix = false;
            if (input[i] == '"')
            {
                var end = input.IndexOf('"', i + 1);
                if (end < 0)
                    end = input.Length;
                term = input[(i + 1)..end];
                i = end + 1;
            }
            else
            {
                var end = i;
                while (end < input.Length && !char.IsWhiteSpace(input[end]))
                    end++;
                term = input[i..end];
                i = end;
                if (term.EndsWith('*'))
                {
                    term = term.TrimEnd('*');
                    prefix = true;
                }
            }

            if (!HasWordCharacter(term))
                continue;
            terms.Add("\"" + term.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" + (prefix ? "*" : string.Empty));
        }

        return terms.Count == 0 ? null : string.Join(' ', terms);
    }

    private static bool HasWordCharacter(string s)
    {
        foreach (var c in s)
        {
            if (char.IsLetterOrDigit(c))
                return true;
        }

        return false;
    }
}
