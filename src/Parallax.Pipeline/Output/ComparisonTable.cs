namespace Parallax.Pipeline.Output;

/// <summary>One fact of a story laid across its outlets: what each outlet says (empty when it is silent) and the mark.</summary>
public sealed record ComparisonRow(string Mark, string Kind, string About, IReadOnlyList<string> Cells);

/// <summary>
/// The story's comparison as a grid, outlets as columns and facts as rows, shared by the Markdown and HTML reports:
/// conflicts show each outlet's value, agreements and unique facts a check where the outlet reports them.
/// </summary>
public static class ComparisonTable
{
    public const string Conflict = "conflict";
    public const string Agreement = "agreement";
    public const string Unique = "unique";

    public static (List<string> Outlets, List<ComparisonRow> Rows) Build(StoryDto story, IReadOnlyDictionary<string, ArticleDto> articles)
    {
        ArgumentNullException.ThrowIfNull(story);
        ArgumentNullException.ThrowIfNull(articles);
        var outlets = new List<string>();
        foreach (var id in story.Articles)
        {
            var name = OutletOf(articles, id);
            if (!outlets.Contains(name))
                outlets.Add(name);
        }

        var rows = new List<(string Mark, string Kind, string About, string[] Cells)>();
        foreach (var c in story.Conflicts)
        {
            var cells = new string[outlets.Count];
            foreach (var v in c.Values)
            {
                var col = outlets.IndexOf(v.Outlet ?? OutletOf(articles, v.Article));
                if (col >= 0)
                    cells[col] = cells[col] is null ? v.Value : cells[col] + "; " + v.Value;
            }

            rows.Add((Conflict, c.Kind, c.About, Fill(cells)));
        }

        foreach (var f in story.Agreements)
            rows.Add((Agreement, f.Kind, f.About, Checks(f, outlets, articles)));
        foreach (var f in story.Unique)
            rows.Add((Unique, f.Kind, f.About, Checks(f, outlets, articles)));
        MarkCopies(story, articles, outlets, rows.ConvertAll(r => r.Cells));
        return (outlets, rows.ConvertAll(r => new ComparisonRow(r.Mark, r.Kind, r.About, r.Cells)));
    }

    /// <summary>An outlet whose articles are all copies is not compared; its cells say whose copy it carries.</summary>
    private static void MarkCopies(StoryDto story, IReadOnlyDictionary<string, ArticleDto> articles, List<string> outlets, List<string[]> rows)
    {
        for (var col = 0; col < outlets.Count; col++)
        {
            var ids = story.Articles.Where(id => OutletOf(articles, id) == outlets[col]).ToList();
            var copies = story.Duplicates.Where(d => ids.Contains(d.Article)).ToList();
            if (copies.Count != ids.Count || copies.Count == 0)
                continue;
            var note = "copy of " + OutletOf(articles, copies[0].Of);
            foreach (var cells in rows)
                cells[col] = note;
        }
    }

    public static string OutletOf(IReadOnlyDictionary<string, ArticleDto> articles, string id) =>
        articles.TryGetValue(id, out var a) ? new Model.SourceInfo(a.Source.Path, a.Source.Url, a.Source.Outlet).OutletName : id;

    private static string[] Checks(FindingDto f, List<string> outlets, IReadOnlyDictionary<string, ArticleDto> articles)
    {
        var cells = new string[outlets.Count];
        foreach (var e in f.Evidence)
        {
            var col = outlets.IndexOf(OutletOf(articles, e.Article));
            if (col >= 0)
                cells[col] = "✓";
        }

        return Fill(cells);
    }

    private static string[] Fill(string?[] cells)
    {
        for (var i = 0; i < cells.Length; i++)
            cells[i] ??= "";
        return cells!;
    }
}
