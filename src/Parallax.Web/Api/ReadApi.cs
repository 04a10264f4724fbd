using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Parallax.Store;

namespace Parallax.Web.Api;

/// <summary>Stories, articles and the server's own info: thin endpoints over the store's paged queries.</summary>
public static class ReadApi
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("read");
        api.MapGet("/info", Info).WithSummary("Server version, whether writes need a token, and store counts.");
        api.MapGet("/stories", ListStories).WithSummary("Stories, newest and most covered first, filtered, one page per cursor.");
        api.MapGet("/stories/{id}", GetStory).WithSummary("One story: its outlets, the stored comparison, quotes, claims, events, entities and actor network.");
        api.MapGet("/articles/{id}", GetArticle).WithSummary("One article: its cleaned text and every stored annotation layer, with offsets into the text.");
    }

    private static async Task<Ok<ServerInfo>> Info(StoreService stores, WebOptions options, CancellationToken ct)
    {
        var (articles, stories) = await stores.ReadAsync(s => (s.ArticleCount, s.StoryCount), ct);
        return TypedResults.Ok(new ServerInfo(Pipeline.Engine.Version, options.Token is not null, false, articles, stories));
    }

    private static async Task<Results<Ok<StoryList>, ProblemHttpResult>> ListStories(
        StoreService stores, string? from, string? to, string? entity, string? outlet, string? q, string? cursor, int? limit, CancellationToken ct)
    {
        if (!Params.TryLimit(limit, out var n, out var error))
            return Problems.BadRequest(error!);
        if (!Params.TryDate(from, false, out var fromIso))
            return Problems.BadRequest("from must be a date (2025-03-04) or an ISO date-time");
        if (!Params.TryDate(to, true, out var toIso))
            return Problems.BadRequest("to must be a date (2025-03-04) or an ISO date-time");
        if (!Cursors.TryDecode(cursor, out var after))
            return Problems.BadRequest("cursor is not one this server gave out");
        string? match = null;
        if (Params.Blank(q) is { } text && (match = SqliteStore.ToMatchQuery(text)) is null)
            return Problems.BadRequest("q has no words to search for");
        var filter = new StoryFilter(fromIso, toIso, Params.Blank(entity), Params.Blank(outlet), match);
        if (filter.Entity is not null)
            await stores.EnsureEntityIndexAsync(ct);
        var page = await stores.ReadAsync(s => s.ListStories(filter, after, n), ct);
        var items = page.Items.Select(r => new StoryListItem(r.Id, r.Title, r.Articles, r.Outlets, r.FirstPublished, r.LastPublished)).ToList();
        return TypedResults.Ok(new StoryList(items, page.Next is { } c ? Cursors.Encode(c) : null));
    }

    private static async Task<Results<Ok<StoryView>, ProblemHttpResult>> GetStory(StoreService stores, string id, CancellationToken ct)
    {
        var view = await stores.ReadAsync(
            s => s.GetStoryRow(id, countOutlets: false) is { } row ? Views.Story(row, s.ReadStoryArticles(id), s.GetComparison(id)) : null, ct);
        return view is null ? Problems.NotFound($"no story '{id}'") : TypedResults.Ok(view);
    }

    private static async Task<Results<Ok<ArticleView>, ProblemHttpResult>> GetArticle(StoreService stores, string id, CancellationToken ct)
    {
        var view = await stores.ReadAsync(
            s => s.GetArticle(id) is { } a ? Views.Article(a, s.GetStoryRow(a.StoryId, countOutlets: false)?.Title) : null, ct);
        return view is null ? Problems.NotFound($"no article '{id}'") : TypedResults.Ok(view);
    }
}

public static class Problems
{
    public static ProblemHttpResult BadRequest(string detail) =>
        TypedResults.Problem(detail, statusCode: 400, title: "Bad request");

    public static ProblemHttpResult NotFound(string detail) =>
        TypedResults.Problem(detail, statusCode: 404, title: "Not found");
}
