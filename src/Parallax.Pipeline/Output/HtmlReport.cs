using System.Net;
using System.Text;

namespace Parallax.Pipeline.Output;

/// <summary>
/// A static, script-free HTML page of the report: each story's outlets-by-facts grid, conflicts, brief, name variants,
/// framing, timeline and actor network, then the article texts with every cited span marked. Each value and each
/// piece of evidence links to its span. All article content is escaped.
/// </summary>
public static class HtmlReport
{
    public static string Render(ReportDto report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var articles = report.Articles.ToDictionary(a => a.Id, StringComparer.Ordinal);
        var cited = new Dictionary<string, SortedDictionary<int, int>>(StringComparer.Ordinal);
        var sb = new StringBuilder();
        sb.Append("<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
          .Append("<title>Parallax report</title><style>").Append(Style).Append("</style></head><body><main>\n");
        sb.Append("<h1>Parallax report</h1><p>")
          .Append($"{report.Articles.Count} articles, {report.Stories.Count} stories, {report.Quotes.Count} quotes, {report.Claims.Count} claims, {report.Events.Count} events, {report.Errors.Count} errors.</p>\n");

        foreach (var story in report.Stories)
        {
            sb.Append("<section class=\"story\"><h2>").Append(E(story.Title)).Append("</h2>\n");
            Grid(sb, story, articles, cited);
            List(sb, "Conflicts", story.Conflicts.Select(c => $"<b>{E(c.Kind)}</b> about {E(c.About)}: "
                + string.Join("; ", c.Values.Select(v => $"{E(v.Outlet ?? "?")} says {Link(v.Article, v.Start, v.Length, v.Value, cited)}"))));
            List(sb, "Brief", story.Brief.Select(b => $"{E(b.Text)} {Link(b.Article, b.Start, b.Length, "[" + ComparisonTable.OutletOf(articles, b.Article) + "]", cited)}"));
            List(sb, "Name variants", story.NameVariants.Select(v => $"<b>{E(v.Name)}</b>: "
                + string.Join("; ", v.Outlets.Select(o => $"{E(o.Outlet)}: {Link(o.First.Article, o.First.Start, o.First.Length, string.Join(", ", o.Forms), cited)}"))));
            List(sb, "Framing", story.Framing.Select(f => $"{E(f.Outlet)}: <q>{E(f.Headline)}</q>; puts first: {E(string.Join(", ", f.Actors.Take(3)))}"
                + (f.Cues.Count == 0 ? "" : "; cues: " + E(string.Join(", ", f.Cues.Select(c => $"{c.Words} ({c.Signal}{(c.Actor is null ? "" : " → " + c.Actor)}, {c.Where})"))))));
            List(sb, "Timeline", story.Timeline.Select(t => $"<time>{E(t.Date)}</time> {E(t.Outlet ?? "")}: {Link(t.Article, t.Start, t.Length, t.Text, cited)}"));
            List(sb, "Events, counted across outlets", story.Events.Select(e =>
                $"{E(e.Source.Text ?? "?")} → {E(e.Target.Text ?? "?")}: {E(e.Cameo)}, {e.Outlets} outlets, "
                + string.Join(" ", e.Mentions.Select((m, i) => Link(m.Article, m.Start, m.Length, $"[{i + 1}]", cited)))));
            List(sb, "Actor network", story.Network.Edges.Take(20).Select(e =>
                $"{E(Name(story, e.Source))} → {E(Name(story, e.Target))}: {e.Count} {E(e.Kind)}" + (e.Kind == "event" ? $" (quad classes {string.Join("/", e.Quads)})" : "")));
            sb.Append("</section>\n");
        }

        sb.Append("<h2>Articles</h2>\n");
        foreach (var a in report.Articles)
            Article(sb, a, cited.GetValueOrDefault(a.Id));
        List(sb, "Errors", report.Errors.Select(e => $"{E(e.Source)} ({E(e.Stage)}): {E(e.Message)}"));
        sb.Append("</main></body></html>\n");
        return sb.ToString();
    }

    private static void Grid(StringBuilder sb, StoryDto story, Dictionary<string, ArticleDto> articles, Dictionary<string, SortedDictionary<int, int>> cited)
    {
        var (outlets, rows) = ComparisonTable.Build(story, articles);
        if (rows.Count == 0)
            return;
        sb.Append("<h3>Comparison</h3><div class=\"scroll\"><table><thead><tr><th scope=\"col\">fact</th>");
        foreach (var o in outlets)
            sb.Append("<th scope=\"col\">").Append(E(o)).Append("</th>");
        sb.Append("</tr></thead><tbody>\n");
        foreach (var r in rows)
        {
            sb.Append($"<tr class=\"{r.Mark}\"><th scope=\"row\"><span class=\"mark\">{Mark(r.Mark)}</span> {E(r.About)} <small>{E(r.Kind)}</small></th>");
            foreach (var c in r.Cells)
                sb.Append("<td>").Append(E(c)).Append("</td>");
            sb.Append("</tr>\n");
        }

        sb.Append("</tbody></table></div>\n");
        foreach (var f in story.Agreements.Concat(story.Unique))
        {
            foreach (var e in f.Evidence)
                Note(cited, e.Article, e.Start, e.Length);
        }
    }

    private static void Article(StringBuilder sb, ArticleDto a, SortedDictionary<int, int>? spans)
    {
        sb.Append($"<article id=\"a-{E(a.Id)}\"><h3>").Append(E(a.Title ?? "(untitled)")).Append("</h3><p class=\"meta\">")
          .Append(E(new Model.SourceInfo(a.Source.Path, a.Source.Url, a.Source.Outlet).OutletName));
        if (a.Published is not null)
            sb.Append(" · ").Append(E(a.Published));
        sb.Append(" · <code>").Append(E(a.Id)).Append("</code></p><div class=\"text\">");
        // Cited spans may overlap, so the text is cut at every span edge: each piece is marked when a span covers it,
        // and each span start gets the anchor its links point at.
        var edges = new SortedSet<int> { 0, a.Text.Length };
        var valid = (spans ?? []).Where(x => x.Key + x.Value <= a.Text.Length).ToList();
        foreach (var (start, length) in valid)
        {
            edges.Add(start);
            edges.Add(start + length);
        }

        var at = 0;
        foreach (var edge in edges.Skip(1))
        {
            foreach (var (start, _) in valid)
            {
                if (start == at)
                    sb.Append($"<span id=\"c-{E(a.Id)}-{start}\"></span>");
            }

            var piece = E(a.Text[at..edge]);
            sb.Append(valid.Exists(x => x.Key <= at && x.Key + x.Value >= edge && x.Value > 0) ? "<mark>" + piece + "</mark>" : piece);
            at = edge;
        }

        sb.Append("</div></article>\n");
    }

    private static string Link(string article, int start, int length, string label, Dictionary<string, SortedDictionary<int, int>> cited)
    {
        Note(cited, article, start, length);
        return $"<a href=\"#c-{E(article)}-{start}\">{E(label)}</a>";
    }

    private static void Note(Dictionary<string, SortedDictionary<int, int>> cited, string article, int start, int length)
    {
        if (!cited.TryGetValue(article, out var spans))
            cited[article] = spans = [];
        spans[start] = Math.Max(length, spans.GetValueOrDefault(start));
    }

    private static void List(StringBuilder sb, string title, IEnumerable<string> items)
    {
        var list = items.ToList();
        if (list.Count == 0)
            return;
        sb.Append("<h3>").Append(E(title)).Append("</h3><ul>\n");
        foreach (var i in list)
            sb.Append("<li>").Append(i).Append("</li>\n");
        sb.Append("</ul>\n");
    }

    private static string Mark(string mark) => mark switch
    {
        ComparisonTable.Conflict => "✗ conflict",
        ComparisonTable.Agreement => "= agree",
        _ => "1 outlet",
    };

    private static string Name(StoryDto story, string id) => story.Network.Nodes.FirstOrDefault(n => n.Id == id)?.Name ?? id;

    private static string E(string s) => WebUtility.HtmlEncode(s);

    private const string Style =
        "body{font:16px/1.55 system-ui,sans-serif;color:#1d232a;background:#fbfbf9;margin:0}main{max-width:1100px;margin:auto;padding:1rem 1.25rem}"
        + "h1,h2,h3{line-height:1.2}table{border-collapse:collapse;width:100%;font-size:.92rem}th,td{border:1px solid #d7d9dc;padding:.35rem .5rem;vertical-align:top;text-align:left}"
        + "thead th{background:#eef0f2}.scroll{overflow-x:auto}.conflict .mark{color:#b3261e;font-weight:600}.agreement .mark{color:#1e6b34;font-weight:600}"
        + ".unique .mark{color:#6b5b1e}small{color:#5b636b}.text{white-space:pre-wrap}mark{background:#fff1a8}span:target+mark{background:#ffd54a;outline:2px solid #b38600}"
        + "article{border-top:1px solid #d7d9dc;margin-top:1.5rem}.meta{color:#5b636b;font-size:.9rem}a{color:#0b57d0}";
}
