using System.Text;

namespace Parallax.Pipeline.Output;

/// <summary>A readable report of the same content as the JSON output.</summary>
public static class MarkdownReport
{
    public static string Render(ReportDto report)
    {
        var sb = new StringBuilder();
        var articles = report.Articles.ToDictionary(a => a.Id, StringComparer.Ordinal);
        sb.Append("# Parallax report\n\n");
        sb.Append($"{report.Articles.Count} articles, {report.Stories.Count} stories, {report.Entities.Count} entities, ")
          .Append($"{report.Quotes.Count} quotes, {report.Claims.Count} claims, {report.Events.Count} events, {report.Errors.Count} errors.\n");

        foreach (var story in report.Stories)
        {
            sb.Append($"\n## Story {story.Id}: {Inline(story.Title)}\n\n");
            sb.Append("| outlet | title | published | article |\n|---|---|---|---|\n");
            foreach (var id in story.Articles)
            {
                var a = articles[id];
                sb.Append($"| {Inline(ComparisonTable.OutletOf(articles, id))} | {Inline(a.Title ?? "(untitled)")} | {a.Published ?? "-"} | `{a.Id}` |\n");
            }

            Section(sb, "Copies (counted once)", story.Duplicates.Select(d => $"`{d.Article}` is a {d.Kind} copy of `{d.Of}` (similarity {d.Similarity:0.###})"));
            Section(sb, "Brief", story.Brief.Select(b => $"{Inline(b.Text)} [`{b.Article}` {b.Start}+{b.Length}]"));
            Grid(sb, story, articles);
            Section(sb, "Conflicts", story.Conflicts.Select(c =>
                $"{c.Kind} about {Inline(c.About)}: " + string.Join("; ", c.Values.Select(v => $"{Inline(v.Outlet ?? "?")} says {Inline(v.Value)} (`{v.Article}` {v.Start}+{v.Length})"))));
            Section(sb, "Agreements", story.Agreements.Select(FindingLine));
            Section(sb, "Only one outlet", story.Unique.Select(FindingLine));
            Section(sb, "Name variants", story.NameVariants.Select(v =>
                $"**{Inline(v.Name)}**: " + string.Join("; ", v.Outlets.Select(o => $"{Inline(o.Outlet)}: {string.Join(", ", o.Forms.Select(Inline))}"))));
            Section(sb, "Framing", story.Framing.Select(f =>
                $"{Inline(f.Outlet)}: “{Inline(f.Headline)}”; puts first: {(f.Actors.Count == 0 ? "-" : string.Join(", ", f.Actors.Take(3).Select(Inline)))}"
                + (f.Cues.Count == 0 ? "" : "; cues: " + string.Join(", ", f.Cues.Select(c => $"{Inline(c.Words)} ({c.Signal}{(c.Actor is null ? "" : ", " + Inline(c.Actor))}, {c.Where})")))));
            Section(sb, "Timeline", story.Timeline.Select(t => $"{t.Date} ({Inline(t.Outlet ?? "?")}): {Inline(t.Text)}"));
            Section(sb, "Events, counted across outlets", story.Events.Select(e =>
                $"{Inline(e.Source.Text ?? "?")} → {Inline(e.Target.Text ?? "?")}: {e.Cameo}, {e.Mentions.Count} mention{(e.Mentions.Count == 1 ? "" : "s")} in {e.Articles} article{(e.Articles == 1 ? "" : "s")} from {e.Outlets} outlet{(e.Outlets == 1 ? "" : "s")}"));
            Section(sb, "Actor network", story.Network.Edges.Take(15).Select(e =>
                $"{Inline(NodeName(story, e.Source))} → {Inline(NodeName(story, e.Target))}: {e.Count} {e.Kind}{(e.Count == 1 ? "" : "s")}"
                + (e.Kind == "event" ? " (quad classes " + string.Join("/", e.Quads) + ")" : "")));
        }

        Section(sb, "Entities", report.Entities.Select(e =>
            $"**{Inline(e.Name)}** ({e.Type}{(e.Code is null ? "" : ", " + e.Code)}), {e.Mentions.Count} mentions"
            + (e.Aliases.Count > 0 ? "; also " + string.Join(", ", e.Aliases.Select(Inline)) : "")), level: 2);
        Section(sb, "Quotes", report.Quotes.Select(q =>
            $"{Inline(q.Speaker?.Text ?? "(unattributed)")}: {Inline(q.Text)} ({q.Kind}, `{q.Article}` {q.Start}+{q.Length})"), level: 2);
        Section(sb, "Claims", report.Claims.Select(c =>
            $"{Inline(c.Text)} = {c.Value}{(c.Unit is null ? "" : " " + c.Unit)}{(c.Counted is null ? "" : " " + Inline(c.Counted))}"), level: 2);
        Section(sb, "Events", report.Events.Select(e =>
            $"{e.Cameo} {Inline(e.Source.Text ?? "?")} → {Inline(e.Target.Text ?? "?")}{(e.Negated ? " (negated)" : "")}"), level: 2);

        sb.Append("\n## Articles\n");
        foreach (var a in report.Articles)
        {
            sb.Append($"\n### {Inline(a.Title ?? "(untitled)")}\n\n");
            sb.Append($"- id: `{a.Id}`\n- source: {Inline(a.Source.Url ?? a.Source.Path ?? "-")}\n");
            if (a.Source.Outlet is not null) sb.Append($"- outlet: {Inline(a.Source.Outlet)}\n");
            if (a.Dek is not null) sb.Append($"- dek: {Inline(a.Dek)}\n");
            if (a.Byline is not null) sb.Append($"- byline: {Inline(a.Byline)}\n");
            if (a.Dateline is not null) sb.Append($"- dateline: {Inline(a.Dateline)}\n");
            if (a.Published is not null) sb.Append($"- published: {a.Published}\n");
            if (a.Language is not null) sb.Append($"- language: {a.Language}\n");
            sb.Append($"- text: {a.Text.Length:N0} characters; {a.Removed.Count} removed spans\n");
            var lede = a.Text.Split("\n\n", 2)[0];
            sb.Append($"\n> {Inline(lede)}\n");
        }

        Section(sb, "Errors", report.Errors.Select(e => $"{Inline(e.Source)} ({e.Stage}): {Inline(e.Message)}"), level: 2);
        return sb.ToString();
    }

    /// <summary>Outlets as columns, facts as rows; the mark column says conflict, agreement or one outlet only.</summary>
    private static void Grid(StringBuilder sb, StoryDto story, Dictionary<string, ArticleDto> articles)
    {
        var (outlets, rows) = ComparisonTable.Build(story, articles);
        if (rows.Count == 0)
            return;
        sb.Append("\n### Comparison\n\n| fact | mark | ").Append(string.Join(" | ", outlets.Select(Inline))).Append(" |\n|---|---|");
        sb.Append(string.Concat(Enumerable.Repeat("---|", outlets.Count))).Append('\n');
        foreach (var r in rows)
        {
            var mark = r.Mark switch { ComparisonTable.Conflict => "✗ conflict", ComparisonTable.Agreement => "= agree", _ => "1 outlet" };
            sb.Append($"| {Inline(r.About)} ({r.Kind}) | {mark} | ").Append(string.Join(" | ", r.Cells.Select(Inline))).Append(" |\n");
        }
    }

    private static string NodeName(StoryDto story, string id) => story.Network.Nodes.FirstOrDefault(n => n.Id == id)?.Name ?? id;

    private static string FindingLine(FindingDto f) =>
        $"{Inline(f.About)} ({f.Kind}; " + string.Join(", ", f.Evidence.Select(e => $"`{e.Article}` {e.Start}+{e.Length}")) + ")";

    private static void Section(StringBuilder sb, string title, IEnumerable<string> lines, int level = 3)
    {
        var list = lines.ToList();
        if (list.Count == 0)
            return;
        sb.Append('\n').Append('#', level).Append(' ').Append(title).Append("\n\n");
        foreach (var l in list)
            sb.Append("- ").Append(l).Append('\n');
    }

    /// <summary>Keeps untrusted text on one line and stops it from opening tables or markup.</summary>
    private static string Inline(string s) =>
        s.Replace('\n', ' ').Replace("|", "\\|", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal);
}
