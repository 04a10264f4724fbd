using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Parallax.Web.Api;

namespace Parallax.Web.Tests;

[Collection(ServerCollection.Name)]
public sealed class ApiTests(ServerFixture server)
{
    [Fact]
    public void The_sample_corpus_is_ingested_through_the_api_once()
    {
        Assert.Equal(7, server.SampleIngest.Added);
        Assert.Equal(0, server.SampleIngest.Failed);
        Assert.All(server.SampleIngest.Items, i => Assert.Matches("^[0-9a-f]{16}$", i.Id));
        Assert.Equal(0, server.SampleIngestAgain.Added);
        Assert.Equal(7, server.SampleIngestAgain.Duplicates);
        Assert.Equal(server.SampleIngest.Items.Select(i => i.Story), server.SampleIngestAgain.Items.Select(i => i.Story));
    }

    [Fact]
    public async Task Paging_through_stories_visits_each_once_newest_first()
    {
        var seen = new List<StoryListItem>();
        string? cursor = null;
        do
        {
            var page = await server.GetAsync<StoryList>("/api/stories?limit=2" + (cursor is null ? "" : "&cursor=" + cursor));
            Assert.InRange(page.Items.Count, 1, 2);
            seen.AddRange(page.Items);
            cursor = page.Next;
        }
        while (cursor is not null);

        var all = await server.GetAsync<StoryList>("/api/stories?limit=100");
        Assert.Null(all.Next);
        Assert.Equal(all.Items.Select(s => s.Id), seen.Select(s => s.Id));
        Assert.Equal(seen.Count, seen.Select(s => s.Id).Distinct().Count());
        Assert.Contains(seen, s => s.Id == Fixtures.StoryId);
        // The undated stories (the hostile article) sort after every dated one; dated ones newest first.
        var dated = seen.Where(s => s.LastPublished is not null).Select(s => s.LastPublished!).ToList();
        Assert.Equal(dated.OrderDescending(StringComparer.Ordinal), dated);
        Assert.Equal(seen.Count(s => s.LastPublished is not null), seen.TakeWhile(s => s.LastPublished is not null).Count());
    }

    [Theory]
    [InlineData("?outlet=Coastline%20Post", new[] { Fixtures.StoryId })]
    [InlineData("?entity=per:ines-varga", new[] { Fixtures.StoryId })]
    [InlineData("?q=ferries%20storms", new[] { Fixtures.StoryId })]
    [InlineData("?from=2025-06-01&to=2025-06-30", new[] { Fixtures.StoryId })]
    [InlineData("?from=2025-07-01", new string[0])]
    [InlineData("?outlet=No%20Such%20Outlet", new string[0])]
    public async Task Story_filters_select_matching_stories(string query, string[] expected)
    {
        var page = await server.GetAsync<StoryList>("/api/stories" + query);
        Assert.Equal(expected, page.Items.Select(s => s.Id));
    }

    [Fact]
    public async Task The_flood_story_has_five_outlets_and_its_articles()
    {
        var list = await server.GetAsync<StoryList>("/api/stories?q=Veldonia");
        var item = Assert.Single(list.Items);
        var story = await server.GetAsync<StoryView>("/api/stories/" + item.Id);
        Assert.Equal(5, story.Articles.Count);
        Assert.Equal(5, story.Outlets.Count);
        Assert.Contains(story.Outlets, o => o.Name == "The Harbor Ledger");
        Assert.True(story.Compared);
        var nations = Assert.Single(story.Conflicts, c => c.About == "nation (conference)");
        Assert.Contains(nations.Values, v => v.Outlet == "The Harbor Ledger" && v.Value == "22");
        Assert.Contains(story.NameVariants, v => v.Name == "Aleksandr Petrenko");
        Assert.Equal(4, story.Framing.Count);
    }

    [Fact]
    public async Task A_compared_story_cites_each_value_at_its_offsets()
    {
        var story = await server.GetAsync<StoryView>("/api/stories/" + Fixtures.StoryId);
        Assert.True(story.Compared);
        Assert.Equal(["Alder Courier", "Coastline Post", "Bay Wire"], story.Outlets.Select(o => o.Name));
        var conflict = Assert.Single(story.Conflicts);
        Assert.Equal("ferries", conflict.About);
        Assert.Equal(["40", "35", "40"], conflict.Values.Select(v => v.Value));
        var agreement = Assert.Single(story.Agreements);
        Assert.Equal("schools", agreement.About);
        Assert.Equal(2, story.Brief.Count);
        Assert.Single(story.Timeline);
        Assert.Equal(2, story.Quotes.Count);
        Assert.Equal(5, story.Claims.Count);
        Assert.Single(story.Events);
        Assert.Contains(story.Entities, e => e.Id == "per:ines-varga" && e.Articles == 3);
        Assert.Contains(story.Network.Edges, e => e.Source == "per:ines-varga" && e.Kind == "event" && e.Quads[1] == 1);
        Assert.Contains(story.Network.Edges, e => e.Source == "per:ines-varga" && e.Target == "gpe:port-alder" && e.Kind == "quote");
        foreach (var v in conflict.Values)
        {
            var article = await server.GetAsync<ArticleView>("/api/articles/" + v.Article);
            Assert.Equal(v.Text, article.Article.Text.Substring(v.Start, v.Length));
            Assert.StartsWith(v.Value, v.Text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task An_article_comes_with_its_annotation_layers()
    {
        var docs = Fixtures.Documents();
        var view = await server.GetAsync<ArticleView>("/api/articles/" + docs[0].Article.Id);
        Assert.Equal(Fixtures.Texts[0], view.Article.Text);
        Assert.Equal(Fixtures.StoryId, view.StoryId);
        Assert.Equal(["Port Alder", "Ines Varga", "Port Alder"], view.Mentions.Select(m => m.Text));
        Assert.Equal("\"Port Alder is open for business again\"", Assert.Single(view.Quotes).Text);
        Assert.Equal(["40 ferries", "12 schools"], view.Claims.Select(c => c.Text));
    }

    [Fact]
    public async Task Search_finds_matches_with_highlights_and_facets()
    {
        var result = await server.GetAsync<SearchResponse>("/api/search?q=ferries&limit=2");
        Assert.True(result.Total >= 3, $"total {result.Total}");
        Assert.Equal(2, result.Items.Count);
        Assert.NotNull(result.Next);
        foreach (var item in result.Items)
        {
            var h = Assert.Single(item.Highlights.Take(1));
            Assert.Equal("ferries", item.Snippet.Substring(h.Start, h.Length), ignoreCase: true);
        }

        Assert.Contains(result.Facets.Outlets, c => c.Value == "Coastline Post" && c.N == 1);
        Assert.Contains(result.Facets.Entities, c => c.Value == "gpe:port-alder" && c.Label == "Port Alder" && c.N == 3);
        Assert.Contains(result.Facets.Dates, c => c.Value == "2025-06-03");
        var next = await server.GetAsync<SearchResponse>("/api/search?q=ferries&limit=2&cursor=" + result.Next);
        Assert.DoesNotContain(next.Items, i => result.Items.Any(r => r.Article == i.Article));

        var filtered = await server.GetAsync<SearchResponse>("/api/search?q=ferries&outlet=Bay%20Wire");
        Assert.Equal(1, filtered.Total);
    }

    [Theory]
    [InlineData("\"open for business\"", 1)]
    [InlineData("ferr*", 4)]
    [InlineData("ferries OR NEAR title:x", 0)]
    public async Task Search_input_is_words_and_phrases_never_query_syntax(string q, int atLeast)
    {
        var result = await server.GetAsync<SearchResponse>("/api/search?q=" + Uri.EscapeDataString(q));
        Assert.True(result.Total >= atLeast, $"total {result.Total}");
        if (atLeast == 0)
            Assert.Equal(0, result.Total);
    }

    [Fact]
    public async Task Entities_are_found_by_name_with_mentions_and_quotes()
    {
        var list = await server.GetAsync<EntityList>("/api/entities?q=varga");
        var e = Assert.Single(list.Items);
        Assert.Equal("per:ines-varga", e.Id);
        Assert.Equal("Ines Varga", e.Name);
        var view = await server.GetAsync<EntityView>("/api/entities/per:ines-varga");
        Assert.Equal(3, view.Mentions.Count);
        Assert.Equal(["Ines Varga", "Varga"], view.Names.Select(n => n.Value));
        Assert.Equal(2, view.Quotes.Count);
        Assert.Single(view.Events);
        Assert.Equal(Fixtures.StoryId, Assert.Single(view.Stories).Value);
    }

    [Fact]
    public async Task Events_export_as_jsonl_and_gdelt_csv()
    {
        var jsonl = await server.Http.GetStringAsync("/api/events?format=jsonl");
        // The samples now yield events of their own; the fixture's hand-set event is the one with the ALDGOV actor.
        var line = Assert.Single(jsonl.Split('\n', StringSplitOptions.RemoveEmptyEntries), l => l.Contains("ALDGOV", StringComparison.Ordinal));
        using (var doc = JsonDocument.Parse(line))
            Assert.Equal("051", doc.RootElement.GetProperty("cameo").GetString());
        var csv = (await server.Http.GetStringAsync("/api/events?format=gdelt-csv")).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(string.Join(',', EventsApi.GdeltColumns), csv[0]);
        var cells = Assert.Single(csv, l => l.Contains(",ALDGOV,", StringComparison.Ordinal)).Split(',');
        Assert.Equal("20250605", cells[1]);
        Assert.Equal("ALDGOV", cells[2]);
        Assert.Equal("051", cells[7]);
        Assert.Equal("https://example.org/2/ferries", cells[16]);
    }

    [Theory]
    [InlineData("/api/stories?limit=0", 400)]
    [InlineData("/api/stories?cursor=!!!", 400)]
    [InlineData("/api/stories?from=yesterday", 400)]
    [InlineData("/api/stories/nope", 404)]
    [InlineData("/api/articles/nope", 404)]
    [InlineData("/api/entities/nope", 404)]
    [InlineData("/api/search", 400)]
    [InlineData("/api/search?q=%22%22", 400)]
    [InlineData("/api/events?format=xml", 400)]
    [InlineData("/api/nothing", 404)]
    public async Task Errors_are_problem_details(string path, int status)
    {
        var response = await server.Http.GetAsync(path);
        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(status, doc.RootElement.GetProperty("status").GetInt32());
        Assert.True(doc.RootElement.TryGetProperty("title", out _));
    }

    [Fact]
    public async Task Ingest_rejects_bad_input_and_urls_clearly()
    {
        var url = await server.Http.PostAsJsonAsync("/api/articles", new { url = "https://example.org/a" });
        Assert.Equal(HttpStatusCode.NotImplemented, url.StatusCode);
        var both = await server.Http.PostAsJsonAsync("/api/articles", new { text = "a", html = "<p>b</p>" });
        Assert.Equal(HttpStatusCode.BadRequest, both.StatusCode);
        var plain = await server.Http.PostAsync("/api/articles", new StringContent("hello"));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, plain.StatusCode);
        var empty = await server.Http.PostAsJsonAsync("/api/articles", new { text = "   " });
        var result = (await empty.Content.ReadFromJsonAsync<IngestResponse>(ServerFixture.Json))!;
        Assert.Equal("failed", Assert.Single(result.Items).Status);
    }

    [Fact]
    public async Task Openapi_document_lists_the_api()
    {
        using var doc = JsonDocument.Parse(await server.Http.GetStringAsync("/openapi/v1.json"));
        var paths = doc.RootElement.GetProperty("paths");
        foreach (var p in new[] { "/api/articles", "/api/stories", "/api/stories/{id}", "/api/articles/{id}", "/api/entities", "/api/entities/{id}", "/api/search", "/api/events" })
            Assert.True(paths.TryGetProperty(p, out _), p);
    }

    [Fact]
    public async Task Pages_carry_a_policy_that_forbids_inline_script()
    {
        var response = await server.Http.GetAsync("/stories/" + Fixtures.StoryId);
        response.EnsureSuccessStatusCode();
        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        var html = await response.Content.ReadAsStringAsync();
        Assert.DoesNotMatch("<script(?![^>]*\\ssrc=)", html);
    }
}
