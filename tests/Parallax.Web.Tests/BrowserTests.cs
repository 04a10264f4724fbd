using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Parallax.Web.Tests;

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<ServerFixture>, ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}

[Collection(BrowserCollection.Name)]
public sealed partial class BrowserTests(ServerFixture server, BrowserFixture browser)
{
    [BrowserFact]
    public async Task Story_list_to_story_to_a_conflict_and_its_highlighted_sentence()
    {
        await using var w = await WatchedPage.OpenAsync(browser, server.BaseUrl);
        await w.GoAsync("/");
        await w.Page.GetByRole(AriaRole.Link, new() { Name = "Port Alder ferries return after storms" }).ClickAsync();
        await w.Ready();
        Assert.EndsWith("/stories/" + Fixtures.StoryId, w.Page.Url, StringComparison.Ordinal);

        // The conflict row: Coastline Post says 35, the other two say 40.
        var row = w.Page.Locator("#facts tr.row-conflict");
        Assert.Equal(1, await row.CountAsync());
        Assert.Equal("35", await row.Locator("td[data-outlet='Coastline Post'] a").InnerTextAsync());
        Assert.Equal("40", await row.Locator("td[data-outlet='Alder Courier'] a").InnerTextAsync());
        Assert.Equal(1, await w.Page.Locator("#facts tr.row-agree").CountAsync());

        await row.Locator("td[data-outlet='Coastline Post'] a").ClickAsync();
        await w.Ready();
        Assert.Matches(SpanUrl(), w.Page.Url);
        var mark = w.Page.Locator("mark#highlight");
        Assert.Equal("35 ferries", await mark.InnerTextAsync());
        Assert.True(await mark.IsVisibleAsync());
        Assert.Equal("highlight", await w.Page.EvaluateAsync<string>("document.activeElement.id"));
        await w.Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.Artifacts, "article-highlight-1280.png") });
        Assert.Empty(w.Errors);
    }

    [BrowserFact]
    public async Task A_brief_sentence_opens_its_article_with_the_sentence_highlighted()
    {
        await using var w = await WatchedPage.OpenAsync(browser, server.BaseUrl);
        await w.GoAsync("/stories/" + Fixtures.StoryId);
        var first = w.Page.Locator("a.brief-sentence").First;
        var text = await first.InnerTextAsync();
        await first.ClickAsync();
        await w.Ready();
        Assert.Equal(text, await w.Page.Locator("mark#highlight").InnerTextAsync());
        Assert.Equal("Port Alder reopened its ferry terminal on Tuesday after a week of storms.", text);

        // Another span in the same article, through the annotation sidebar, moves the highlight without a reload.
        await w.Page.GetByRole(AriaRole.Link, new() { Name = "\"Port Alder is open for business again\"" }).ClickAsync();
        await w.Page.WaitForFunctionAsync("document.querySelector('mark#highlight')?.textContent.startsWith('\"Port Alder is open')");
        Assert.Empty(w.Errors);
    }

    [BrowserFact]
    public async Task The_story_page_is_keyboard_navigable_to_a_conflict()
    {
        await using var w = await WatchedPage.OpenAsync(browser, server.BaseUrl);
        await w.GoAsync("/stories/" + Fixtures.StoryId);
        for (var i = 0; i < 80; i++)
        {
            await w.Page.Keyboard.PressAsync("Tab");
            if (await w.Page.EvaluateAsync<bool>("document.activeElement.classList.contains('cell-conflict')"))
                break;
        }

        Assert.Equal("40", await w.Page.EvaluateAsync<string>("document.activeElement.textContent"));
        await w.Page.Keyboard.PressAsync("Enter");
        await w.Ready();
        Assert.Equal("40 ferries", await w.Page.Locator("mark#highlight").InnerTextAsync());
        Assert.Empty(w.Errors);
    }

    [BrowserFact]
    public async Task Search_finds_articles_and_refines_by_outlet()
    {
        await using var w = await WatchedPage.OpenAsync(browser, server.BaseUrl);
        await w.GoAsync("/search");
        await w.Page.FillAsync("#search-q", "ferries");
        await w.Page.PressAsync("#search-q", "Enter");
        await w.Ready();
        await w.Page.WaitForSelectorAsync("#results li");
        Assert.True(await w.Page.Locator("#results li").CountAsync() >= 3);
        Assert.Equal("ferries", (await w.Page.Locator("#results mark").First.InnerTextAsync()).ToLowerInvariant());
        await w.Page.GetByRole(AriaRole.Link, new() { Name = "Bay Wire" }).ClickAsync();
        await w.Ready();
        await w.Page.WaitForSelectorAsync("#results li");
        Assert.Equal(1, await w.Page.Locator("#results li").CountAsync());
        Assert.Equal("Harbor reopens in Port Alder", await w.Page.Locator("#results .result-title").InnerTextAsync());
        Assert.Empty(w.Errors);
    }

    [BrowserFact]
    public async Task A_hostile_article_runs_no_script_and_shows_as_text()
    {
        await using var w = await WatchedPage.OpenAsync(browser, server.BaseUrl);
        foreach (var path in new[] { "/articles/" + server.HostileArticle, "/stories/" + server.HostileStory, "/", "/search?q=notice" })
        {
            await w.GoAsync(path);
            await w.Page.Mouse.MoveAsync(300, 400);
            Assert.Null(await w.Page.EvaluateAsync<int?>("window.__pwned ?? null"));
            Assert.Equal(1, await w.Page.Locator("script").CountAsync());
            Assert.Equal(0, await w.Page.Locator("main iframe, main svg[onload], main img, main [onerror], main [onmouseover], main a[href^='javascript']").CountAsync());
        }

        await w.GoAsync("/articles/" + server.HostileArticle);
        var title = await w.Page.Locator("#article-title").InnerTextAsync();
        Assert.Contains("<script>window.__pwned = 1</script>", title, StringComparison.Ordinal);
        Assert.Contains("onerror=", title, StringComparison.Ordinal);
        var body = await w.Page.Locator("#article-text").InnerTextAsync();
        Assert.Contains("<a href=\"javascript:window.__pwned = 3\">", body, StringComparison.Ordinal);
        Assert.Contains("<b onmouseover=", body, StringComparison.Ordinal);
        Assert.Empty(w.Errors);
    }

    [BrowserFact]
    public async Task The_ingested_flood_story_shows_its_conflict_framing_and_name_variants()
    {
        await using var w = await WatchedPage.OpenAsync(browser, server.BaseUrl);
        await w.GoAsync("/search?q=Veldonia");
        await w.Page.Locator("#results a[href^='/stories/']").First.ClickAsync();
        await w.Ready();

        var row = w.Page.Locator("#facts tr.row-conflict", new() { HasText = "nation (conference)" });
        Assert.Equal(1, await row.CountAsync());
        Assert.Equal("22", await row.Locator("td[data-outlet='The Harbor Ledger'] a").InnerTextAsync());
        Assert.Equal(4, await w.Page.Locator(".frame").CountAsync());
        Assert.True(await w.Page.Locator(".cue-refusal").CountAsync() >= 1);
        Assert.Contains("Alexander Petrenko", await w.Page.Locator("table.variants").InnerTextAsync(), StringComparison.Ordinal);

        await row.Locator("td[data-outlet='The Harbor Ledger'] a").ClickAsync();
        await w.Ready();
        Assert.StartsWith("GENEVA — Twenty-two countries", await w.Page.Locator("mark#highlight").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Empty(w.Errors);
    }

    [BrowserFact]
    public async Task Story_page_screenshots_at_desktop_and_phone_widths()
    {
        foreach (var width in new[] { 1280, 390 })
        {
            await using var w = await WatchedPage.OpenAsync(browser, server.BaseUrl, width, width == 390 ? 844 : 900);
            await w.GoAsync("/stories/" + Fixtures.StoryId);
            var file = Path.Combine(BrowserFixture.Artifacts, $"story-{width}.png");
            await w.Page.ScreenshotAsync(new PageScreenshotOptions { Path = file, FullPage = true });
            Assert.True(new FileInfo(file).Length > 10_000);
            // Nothing but the fact table's own scroller may be wider than the window.
            Assert.True(await w.Page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), $"page overflows at {width}px");
            Assert.Empty(w.Errors);
        }
    }

    [BrowserFact]
    public async Task Articles_are_added_by_pasting_and_by_upload_with_progress()
    {
        await using var w = await WatchedPage.OpenAsync(browser, server.BaseUrl);
        await w.GoAsync("/ingest");
        await w.Page.FillAsync("#paste-title", "Lighthouse keeper retires");
        await w.Page.FillAsync("#paste-outlet", "Cape Gazette");
        await w.Page.FillAsync("#paste-text", "The keeper of the Cape Mora lighthouse retired on Friday after 31 years.");
        await w.Page.ClickAsync("#paste-form button");
        await w.Page.WaitForSelectorAsync("#ingest-results li.status-added");
        Assert.Contains("1 article added", await w.Page.Locator("#ingest-results").InnerTextAsync(), StringComparison.Ordinal);

        await w.Page.SetInputFilesAsync("#files", new FilePayload
        {
            Name = "quarry.txt",
            MimeType = "text/plain",
            Buffer = System.Text.Encoding.UTF8.GetBytes("Quarry reopens\n\nThe old quarry near Mora reopened with 40 workers.\n" + new string(' ', 200_000)),
        });
        await w.Page.ClickAsync("#upload-form button");
        await w.Page.WaitForSelectorAsync("#ingest-results li.status-added");
        Assert.Equal(100, await w.Page.EvalOnSelectorAsync<int>("#upload-progress", "p => p.value"));

        await w.Page.FillAsync("#url", "https://example.org/story");
        await w.Page.ClickAsync("#url-form button");
        await w.Page.WaitForSelectorAsync("#ingest-results .error");
        Assert.Contains("not available", await w.Page.Locator("#ingest-results").InnerTextAsync(), StringComparison.Ordinal);
        // The 501 for a URL is an expected answer the page shows, reported by the browser as a failed resource load.
        Assert.All(w.Errors, e => Assert.Contains("501", e, StringComparison.Ordinal));
    }

    [GeneratedRegex(@"/articles/[0-9a-f]{16}#s=\d+-\d+$")]
    private static partial Regex SpanUrl();
}
