using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;

namespace Parallax.Store;

// Full-text search over the FTS5 index, with facet counts over every match.
public sealed partial class SqliteStore
{
    /// <summary>Marks a match inside a snippet; control characters never occur in cleaned article text.</summary>
    public const char SnippetOpen = '\u0001';

    public const char SnippetClose = '\u0002';

    public SearchResult Search(SearchQuery q)
    {
        // One filtered match set, reused by the page and by every facet.
        var where = new StringBuilder("articles_fts MATCH $match");
        var parameters = new List<(string, object)> { ("$match", q.Match) };
        if (q.Outlet is { } outlet)
        {
            where.Append(" AND a.outlet = $outlet");
            parameters.Add(("$outlet", outlet));
        }

        if (q.From is { } from)
        {
            where.Append(" AND a.published >= $from");
            parameters.Add(("$from", from));
        }

        if (q.To is { } to)
        {
            where.Append(" AND a.published <= $to");
            parameters.Add(("$to", to));
        }

        if (q.Entity is { } entity)
        {
            where.Append(" AND a.seq IN (SELECT article_seq FROM entity_mentions WHERE entity = $entity)");
            parameters.Add(("$entity", entity));
        }

        var matches = $"SELECT a.seq, a.outlet, a.published FROM articles_fts f JOIN articles a ON a.seq = f.rowid WHERE {where}";

        var hits = new List<SearchHit>(q.Limit);
        using (var cmd = Prepared(
            $"""
            SELECT a.id, a.title, a.outlet, a.published, a.story_id,
                   snippet(articles_fts, 1, char(1), char(2), '…', 24)
            FROM articles_fts f JOIN articles a ON a.seq = f.rowid WHERE {where}
            ORDER BY bm25(articles_fts, 4.0, 1.0) LIMIT $limit OFFSET $offset
            """, parameters))
        {
            cmd.Parameters.AddWithValue("$limit", q.Limit);
            cmd.Parameters.AddWithValue("$offset", q.Offset);
            using var r = cmd.ExecuteReader();
            while (r.Read())
            {
                hits.Add(new SearchHit(r.GetString(0), r.IsDBNull(1) ? null : r.GetString(1), r.IsDBNull(2) ? null : r.GetString(2),
                    r.IsDBNull(3) ? null : r.GetString(3), r.GetString(4), r.GetString(5)));
            }
        }

        int total;
        using (var cmd = Prepared($"SELECT count(*) FROM ({matches})", parameters))
            total = Convert.ToInt32(cmd.ExecuteScalar(), CultureInfo.InvariantCulture);

        var outlets = Facet($"SELECT coalesce(outlet, ''), NULL, count(*) FROM ({matches}) GROUP BY 1 ORDER BY 3 DESC, 1 LIMIT 12", parameters);
        var entities = Facet(
            $"""
            SELECT m.entity, e.name, count(DISTINCT m.article_seq) FROM ({matches}) h
            JOIN entity_mentions m ON m.article_seq = h.seq JOIN entities e ON e.id = m.entity
            GROUP BY m.entity ORDER BY 3 DESC, 2 LIMIT 12
            """, parameters);
        var days = Facet($"SELECT substr(published, 1, 10), NULL, count(*) FROM ({matches}) WHERE published IS NOT NULL GROUP BY 1 ORDER BY 1", parameters);
        if (days.Count > 62)
            days = Facet($"SELECT substr(published, 1, 7), NULL, count(*) FROM ({matches}) WHERE published IS NOT NULL GROUP BY 1 ORDER BY 1", parameters);
        return new SearchResult(total, hits, outlets, entities, days);
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
