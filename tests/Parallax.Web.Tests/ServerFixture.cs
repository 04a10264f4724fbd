using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Parallax.Store;
using Parallax.Testing;
using Parallax.Web.Api;

namespace Parallax.Web.Tests;

/// <summary>
/// One real server for the test run, on a free loopback port, over a fresh database holding the fixture story
/// (stored with its comparison), the sample corpus (ingested through the API, as a user would upload it) and a
/// hostile article (posted through the API).
/// </summary>
public sealed class ServerFixture : IAsyncLifetime
{
    private readonly TempDir _dir = new();
    private WebApplication? _app;

    public string BaseUrl { get; private set; } = string.Empty;
    public HttpClient Http { get; } = new();
    public IngestResponse SampleIngest { get; private set; } = null!;
    public IngestResponse SampleIngestAgain { get; private set; } = null!;
    public string HostileArticle { get; private set; } = string.Empty;
    public string HostileStory { get; private set; } = string.Empty;
    public string DbPath => Path.Combine(_dir.Path, "web.db");

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task InitializeAsync()
    {
        using (var store = SqliteStore.Open(DbPath))
            Fixtures.Store(store);
        _app = WebApp.Build(new WebOptions { Db = DbPath, Urls = ["http://127.0.0.1:0"] });
        await _app.StartAsync();
        BaseUrl = WebApp.Addresses(_app)[0].TrimEnd('/');
        Http.BaseAddress = new Uri(BaseUrl);

        SampleIngest = await UploadSamplesAsync();
        SampleIngestAgain = await UploadSamplesAsync();

        var hostile = await Http.PostAsJsonAsync("/api/articles", new { title = Fixtures.HostileTitle, text = Fixtures.HostileBody, outlet = "<b>Evil</b> Outlet" });
        hostile.EnsureSuccessStatusCode();
        var item = (await hostile.Content.ReadFromJsonAsync<IngestResponse>(Json))!.Items.Single();
        HostileArticle = item.Id!;
        HostileStory = item.Story!;
    }

    private async Task<IngestResponse> UploadSamplesAsync()
    {
        using var form = new MultipartFormDataContent();
        foreach (var file in Directory.GetFiles(Repo.Samples, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var content = new ByteArrayContent(await File.ReadAllBytesAsync(file));
            content.Headers.ContentType = new MediaTypeHeaderValue(file.EndsWith(".html", StringComparison.Ordinal) ? "text/html" : "text/plain");
            form.Add(content, "files", Path.GetFileName(file));
        }

        var response = await Http.PostAsync("/api/articles", form);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<IngestResponse>(Json))!;
    }

    public async Task<T> GetAsync<T>(string path)
    {
        var response = await Http.GetAsync(path);
        Assert.True(response.IsSuccessStatusCode, $"GET {path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<T>(Json))!;
    }

    public async Task DisposeAsync()
    {
        Http.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        _dir.Dispose();
    }
}

[CollectionDefinition(Name)]
public sealed class ServerCollection : ICollectionFixture<ServerFixture>
{
    public const string Name = "server";
}
