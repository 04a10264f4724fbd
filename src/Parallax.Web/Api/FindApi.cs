using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Parallax.Pipeline.Output;
using Parallax.Store;

namespace Parallax.Web.Api;

/// <summary>Entities and full-text search.</summary>
public static class FindApi
{
    private const int ArticlesScannedPerEntity = 60;

    public static void Map(IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("find");
        api.MapGet("/entities", ListEntities).WithSummary("Entities whose name contains q, most widely reported first. Unresolved names have ids starting with '~'.");
        api.MapGet("/entities/{id}", GetEntity).WithSummary("One entity: how it is written, its stories, its mentions (paged), and the quotes and events it takes part in.");
        api.MapGet("/search", Search).WithSummary("FTS5 full-text search over titles and text, with facet counts by outlet, entity and date.");
    }

    private static async Task<Results<Ok<EntityList>, ProblemHttpResult>> ListEntities(StoreService stores, string? q, string? cursor, int? limit, CancellationToken ct)
    {
        if (!Params.TryLimit(limit, out var n, out var error))
            return Problems.BadRequest(error!);
        if (!Cursors.TryOffset(cursor, out var offset))
            return Problems.BadRequest("cursor is not one this server gave out");
        await stores.EnsureEntityIndexAsync(ct);
        var rows = await stores.ReadAsync(s => s.ListEntities(Params.Blank(q), offset, n + 1), ct);
        var next = rows.Count > n ? Cursors.Offset(offset + n) : null;
        return TypedResults.Ok(new EntityList(rows.Take(n).Select(Views.Entity).ToList(), next));
    }

    private static async Task<Results<Ok<EntityView>, ProblemHttpResult>> GetEntity(StoreService stores, string id, string? cursor, int? limit, CancellationToken ct)
    {
        if (!Params.TryLimit(limit, out var n, out var error))
            return Problems.BadRequest(error!);
        if (!Cursors.TryOffset(cursor, out var offset))
            return Problems.BadRequest("cursor is not one this server gave out");
        await stores.EnsureEntityIndexAsync(ct);
        var view = await stores.ReadAsync(s =>
        {
            if (s.GetEntity(id) is not { } row)
                return null;
            var mentions = s.EntityMentions(id, offset, n + 1);
            var quotes = new List<QuoteDto>();
            var events = new List<EventDto>();
            foreach (var a in s.ArticlesMentioning(id, ArticlesScannedPerEntity))
            {
                var d = a.Document;
                quotes.AddRange(ReportBuilder.Quotes(d).Where(q => Speaks(q, row)));
                events.AddRange(ReportBuilder.Events(d).Where(e => Involves(e, row)));
            }

            return new EntityView(
                Views.Entity(row),
                s.EntityNames(id).Select(c => new Count(c.Value, c.Label, c.Count)).ToList(),
                s.EntityStories(id).Select(c => new Count(c.Value, c.Label, c.Count)).ToList(),
                mentions.Take(n).Select(m => new EntityMention(m.Article, m.Title, m.Outlet, m.Published, m.StoryId, m.Start, m.Length, m.Text)).ToList(),
                mentions.Count > n ? Cursors.Offset(offset + n) : null,
                quotes,
                events);
        }, ct);
        return view is null ? Problems.NotFound($"no entity '{id}'") : TypedResults.Ok(view);
    }

    /// <summary>A resolved entity matches by id; an unresolved name matches speakers written the same way.</summary>
    private static bool Speaks(QuoteDto q, EntityRow e) =>
        q.Speaker is { } s && (e.Resolved ? s.Entity == e.Id : s.Entity is null && Same(s.Text, e));

    private static bool Involves(EventDto ev, EntityRow e) =>
        e.Resolved
            ? ev.Source.Entity == e.Id || ev.Target.Entity == e.Id
            : (ev.Source.Entity is null && Same(ev.Source.Text, e)) || (ev.Target.Entity is null && Same(ev.Target.Text, e));

    private static bool Same(string? text, EntityRow e) => text is not null && string.Equals(text, e.Name, StringComparison.OrdinalIgnoreCase);

    private static async Task<Results<Ok<SearchResponse>, ProblemHttpResult>> Search(
        StoreService stores, string? q, string? outlet, string? entity, string? from, string? to, string? cursor, int? limit, CancellationToken ct)
    {
        if (Params.Blank(q) is not { } text)
            return Problems.BadRequest("q is required");
        if (SqliteStore.ToMatchQuery(text) is not { } match)
            return Problems.BadRequest("q has no words to search for");
        if (!Params.TryLimit(limit, out var n, out var error))
            return Problems.BadRequest(error!);
        if (!Cursors.TryOffset(cursor, out var offset))
            return Problems.BadRequest("cursor is not one this server gave out");
        if (!Params.TryDate(from, false, out var fromIso) || !Params.TryDate(to, true, out var toIso))
            return Problems.BadRequest("from and to must be dates (2025-03-04) or ISO date-times");
        await stores.EnsureEntityIndexAsync(ct);
        var query = new SearchQuery(match, Params.Blank(outlet), Params.Blank(entity), fromIso, toIso, offset, n);
        var result = await stores.ReadAsync(s => s.Search(query), ct);
        var items = result.Hits.Select(Item).ToList();
        var facets = new SearchFacets(result.FacetCounted, Counts(result.Outlets), Counts(result.Entities), Counts(result.Dates));
        var next = offset + n < Math.Min(result.Total, result.Ranked) ? Cursors.Offset(offset + n) : null;
        return TypedResults.Ok(new SearchResponse(text, result.Total, items, facets, next) { Ranked = Math.Min(result.Total, result.Ranked) });
    }

    private static List<Count> Counts(IReadOnlyList<FacetCount> facets) => facets.Select(f => new Count(f.Value, f.Label, f.Count)).ToList();

    /// <summary>Turns the store's marked snippet into plain text plus highlight ranges, so the client never parses markup.</summary>
    private static SearchItem Item(SearchHit h)
    {
        var sb = new System.Text.StringBuilder(h.Snippet.Length);
        var highlights = new List<Highlight>();
        var open = -1;
        foreach (var c in h.Snippet)
        {
            if (c == SqliteStore.SnippetOpen)
            {
                open = sb.Length;
            }
            else if (c == SqliteStore.SnippetClose)
            {
                if (open >= 0)
                    highlights.Add(new Highlight(open, sb.Length - open));
                open = -1;
            }
            else
            {
                sb.Append(c);
            }
        }

        return new SearchItem(h.Article, h.Title, h.Outlet, h.Published, h.StoryId, sb.ToString(), highlights);
    }
}
