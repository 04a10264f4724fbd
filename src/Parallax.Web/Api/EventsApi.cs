using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Parallax.Pipeline.Output;
using Parallax.Store;

namespace Parallax.Web.Api;

/// <summary>
/// Stored events, streamed: JSONL (one event object of the output contract per line) or a CSV whose columns follow
/// GDELT 2.0 Events where they apply, plus Parallax's own columns pointing at the evidence.
/// </summary>
public static class EventsApi
{
    public static readonly string[] GdeltColumns =
    [
        "GlobalEventID", "Day", "Actor1Code", "Actor1Name", "Actor2Code", "Actor2Name", "IsRootEvent", "EventCode",
        "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale", "NumMentions", "NumSources", "NumArticles",
        "ActionGeo_FullName", "SOURCEURL", "ArticleId", "Start", "Length", "Negated", "Modality",
    ];

    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/api/events", Export).WithTags("read")
            .WithSummary("Every stored event, streamed as format=jsonl (default) or format=gdelt-csv; story=ID limits it to one story.");
    }

    private static Results<PushStreamHttpResult, ProblemHttpResult> Export(StoreService stores, string? format, string? story)
    {
        var csv = format switch
        {
            null or "" or "jsonl" => false,
            "gdelt-csv" => true,
            _ => (bool?)null,
        };
        if (csv is null)
            return Problems.BadRequest("format must be jsonl or gdelt-csv");
        var storyId = Params.Blank(story);
        return TypedResults.Stream(
            async (stream) =>
            {
                await using var writer = new StreamWriter(stream, new UTF8Encoding(false), 16 * 1024);
                if (csv == true)
                    await writer.WriteAsync(string.Join(',', GdeltColumns) + "\n");

                // One page of articles per read, written before the next is read, so memory does not grow with the store.
                long after = 0;
                while (true)
                {
                    var page = await stores.ReadAsync(s => s.ArticlesWithEvents(storyId, after, 200), CancellationToken.None);
                    if (page.Count == 0)
                        break;
                    foreach (var a in page)
                    {
                        var i = 0;
                        foreach (var e in ReportBuilder.Events(a.Document))
                        {
                            await writer.WriteAsync(csv == true ? Csv(a, a.Document.Events[i], e, i) : JsonSerializer.Serialize(e, ReportJson.Compact));
                            await writer.WriteAsync('\n');
                            i++;
                        }
                    }

                    after = page[^1].Seq;
                }
            },
            csv == true ? "text/csv; charset=utf-8" : "application/x-ndjson; charset=utf-8",
            csv == true ? "events.csv" : null);
    }

    private static string Csv(StoredArticle a, Annotations.CodedEvent raw, EventDto e, int index)
    {
        var d = a.Document;
        var day = raw.Date ?? (d.Article.Metadata.Published is { } p ? DateOnly.FromDateTime(p.UtcDateTime) : null);
        var firstParagraph = d.Text.IndexOf("\n\n", StringComparison.Ordinal) is var cut and >= 0 ? cut : d.Text.Length;
        var cameo = e.Cameo;
        string[] cells =
        [
            (a.Seq * 1000 + index).ToString(CultureInfo.InvariantCulture),
            day?.ToString("yyyyMMdd", CultureInfo.InvariantCulture) ?? string.Empty,
            e.Source.Code ?? string.Empty,
            e.Source.Text ?? string.Empty,
            e.Target.Code ?? string.Empty,
            e.Target.Text ?? string.Empty,
            e.Start < firstParagraph ? "1" : "0",
            cameo,
            cameo.Length >= 3 ? cameo[..3] : cameo,
            e.Root,
            e.QuadClass.ToString(CultureInfo.InvariantCulture),
            e.Goldstein.ToString("0.0", CultureInfo.InvariantCulture),
            "1", "1", "1",
            e.Location ?? string.Empty,
            d.Article.Source.Url ?? d.Article.Source.Path ?? string.Empty,
            d.Article.Id,
            e.Start.ToString(CultureInfo.InvariantCulture),
            e.Length.ToString(CultureInfo.InvariantCulture),
            e.Negated ? "1" : "0",
            e.Modality,
        ];
        return string.Join(',', cells.Select(Quote));
    }

    /// <summary>RFC 4180 quoting; a leading formula character is neutralised so a spreadsheet shows the text, not a formula.</summary>
    public static string Quote(string cell)
    {
        if (cell.Length > 0 && cell[0] is '=' or '+' or '-' or '@' && !double.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out _))
            cell = "'" + cell;
        return cell.AsSpan().IndexOfAny(",\"\n\r") >= 0 ? "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : cell;
    }
}
