using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Parallax.Testing;

namespace Parallax.Web.Tests;

public sealed class SecurityTests
{
    [Theory]
    [InlineData("http://127.0.0.1:5080", null, true)]
    [InlineData("http://localhost:5080", null, true)]
    [InlineData("http://[::1]:5080", null, true)]
    [InlineData("http://127.0.0.2:5080", null, true)]
    [InlineData("http://0.0.0.0:5080", null, false)]
    [InlineData("http://*:5080", null, false)]
    [InlineData("http://+:5080", null, false)]
    [InlineData("http://192.168.1.10:5080", null, false)]
    [InlineData("http://0.0.0.0:5080", "s3cret", true)]
    [InlineData("ftp://127.0.0.1:21", null, false)]
    public void A_server_beyond_loopback_needs_a_token(string url, string? token, bool allowed)
    {
        var options = new WebOptions { Db = "unused.db", Urls = [url], Token = token };
        Assert.Equal(allowed, options.CheckBinding() is null);
    }

    [Fact]
    public async Task Writes_need_the_token_when_the_server_has_one()
    {
        using var dir = new TempDir();
        await using var app = WebApp.Build(new WebOptions { Db = Path.Combine(dir.Path, "t.db"), Urls = ["http://127.0.0.1:0"], Token = "s3cret-token" });
        await app.StartAsync();
        using var http = new HttpClient { BaseAddress = new Uri(WebApp.Addresses(app)[0]) };
        var body = new { title = "Lock test", text = "The lock held." };

        var none = await http.PostAsJsonAsync("/api/articles", body);
        Assert.Equal(HttpStatusCode.Unauthorized, none.StatusCode);
        Assert.Equal("application/problem+json", none.Content.Headers.ContentType?.MediaType);

        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "wrong");
        Assert.Equal(HttpStatusCode.Unauthorized, (await http.PostAsJsonAsync("/api/articles", body)).StatusCode);

        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "s3cret-token");
        Assert.Equal(HttpStatusCode.OK, (await http.PostAsJsonAsync("/api/articles", body)).StatusCode);

        // Reads stay open.
        http.DefaultRequestHeaders.Authorization = null;
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/api/stories")).StatusCode);
        await app.StopAsync();
    }

    [Fact]
    public async Task Bodies_over_the_limit_are_refused()
    {
        using var dir = new TempDir();
        await using var app = WebApp.Build(new WebOptions { Db = Path.Combine(dir.Path, "t.db"), Urls = ["http://127.0.0.1:0"], MaxBodyBytes = 4096 });
        await app.StartAsync();
        using var http = new HttpClient { BaseAddress = new Uri(WebApp.Addresses(app)[0]) };
        var big = await http.PostAsJsonAsync("/api/articles", new { title = "Big", text = new string('a', 10_000) });
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, big.StatusCode);
        var small = await http.PostAsJsonAsync("/api/articles", new { title = "Small", text = "A small article." });
        Assert.Equal(HttpStatusCode.OK, small.StatusCode);
        await app.StopAsync();
    }

    [Fact]
    public async Task Serve_refuses_a_public_address_without_a_token()
    {
        using var dir = new TempDir();
        var result = await Repo.RunAsync(dir.Path, "serve", "--db", "x.db", "--urls", "http://0.0.0.0:5999");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--token", result.Stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(dir.Path, "x.db")), result.ToString());
    }
}
