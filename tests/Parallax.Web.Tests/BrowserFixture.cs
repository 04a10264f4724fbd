using Microsoft.Playwright;

namespace Parallax.Web.Tests;

/// <summary>Browser tests run only where Debian's chromium is installed (scripts/setup installs it); elsewhere they skip and say why.</summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (!File.Exists(BrowserFixture.Chromium))
            Skip = $"no browser at {BrowserFixture.Chromium}: run scripts/setup to install Debian's chromium";
    }
}

/// <summary>
/// One headless chromium for the run, launched from /usr/bin/chromium. Playwright is never asked to download a
/// browser of its own.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string Chromium = "/usr/bin/chromium";

    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public static string Artifacts { get; } = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "artifacts")).FullName;

    public async Task InitializeAsync()
    {
        if (!File.Exists(Chromium))
            return;
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
            await Browser.CloseAsync();
        _playwright?.Dispose();
    }
}

/// <summary>A page that records every console error and uncaught exception, so a test can assert there were none.</summary>
public sealed class WatchedPage : IAsyncDisposable
{
    private readonly IBrowserContext _context;

    private WatchedPage(IBrowserContext context, IPage page)
    {
        _context = context;
        Page = page;
        page.Console += (_, m) =>
        {
            if (m.Type == "error")
                Errors.Add("console: " + m.Text);
        };
        page.PageError += (_, e) => Errors.Add("page error: " + e);
        page.Dialog += async (_, d) =>
        {
            Errors.Add("dialog: " + d.Message);
            await d.DismissAsync();
        };
    }

    public IPage Page { get; }
    public List<string> Errors { get; } = [];

    public static async Task<WatchedPage> OpenAsync(BrowserFixture browser, string baseUrl, int width = 1280, int height = 900)
    {
        var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = baseUrl,
            ViewportSize = new ViewportSize { Width = width, Height = height },
        });
        return new WatchedPage(context, await context.NewPageAsync());
    }

    /// <summary>Loads a path and waits until the page script has rendered it.</summary>
    public async Task GoAsync(string path)
    {
        await Page.GotoAsync(path);
        await Ready();
    }

    public Task Ready() => Page.WaitForSelectorAsync("body[data-ready=true]");

    public async ValueTask DisposeAsync() => await _context.CloseAsync();
}
