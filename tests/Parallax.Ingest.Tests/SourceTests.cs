using System.IO.Compression;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Parallax.Model;
using Parallax.Stages;

namespace Parallax.Ingest.Tests;

public sealed class SourceTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("parallax-ingest-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static async Task<List<SourceItem>> ReadAll(ISource source)
    {
        var list = new List<SourceItem>();
        await foreach (var item in source.ReadAsync(default))
            list.Add(item);
        return list;
    }

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    [Theory]
    [InlineData("{\"url\":\"https://a.example/x\",\"html\":\"<p>x</p>\"}\n{\"text\":\"y\"}\n", InputKind.Jsonl)]
    [InlineData("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel></channel></rss>", InputKind.Feed)]
    [InlineData("<feed xmlns=\"http://www.w3.org/2005/Atom\"></feed>", InputKind.Feed)]
    [InlineData("WARC/1.0\r\nWARC-Type: warcinfo\r\n", InputKind.Warc)]
    [InlineData("<!doctype html><html><body>rss feed</body></html>", InputKind.Document)]
    [InlineData("Just a plain text title\n\nAnd a body.", InputKind.Document)]
    public void Inputs_are_sniffed_by_content(string content, InputKind expected) =>
        Assert.Equal(expected, InputSniffer.Sniff(Encoding.UTF8.GetBytes(content)));

    [Fact]
    public async Task Jsonl_lines_become_documents_and_bad_lines_errors()
    {
        var path = Write("items.data", Encoding.UTF8.GetBytes(
            "{\"url\":\"https://a.example/x\",\"html\":\"<p>Hello</p>\",\"title\":\"T\",\"published\":\"2024-01-02\",\"outlet\":\"A\"}\n" +
            "not json\n{\"text\":\"Plain body\"}\n{\"url\":\"u\"}\n"));
        var items = await ReadAll(SourceFactory.Create([path]));
        Assert.Equal(4, items.Count);
        var first = items[0].Document!;
        Assert.Equal(RawFormat.Html, first.Format);
        Assert.Equal("T", first.TitleHint);
        Assert.Equal("A", first.Source.Outlet);
        Assert.Equal(new DateTimeOffset(2024, 1, 2, 0, 0, 0, TimeSpan.Zero), first.PublishedHint);
        Assert.NotNull(items[1].Error);
        Assert.Equal(RawFormat.PlainText, items[2].Document!.Format);
        Assert.Contains("neither", items[3].Error!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rss_and_atom_items_become_documents()
    {
        var rss = Write("feed.xml", Encoding.UTF8.GetBytes("""
            <?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Valley Gazette</title>
            <item><title>One</title><link>https://v.example/1</link><pubDate>Tue, 02 Jan 2024 10:00:00 GMT</pubDate><content:encoded><![CDATA[<p>First body.</p>]]></content:encoded></item>
            <item><title>Two</title><link>https://v.example/2</link><description>Second body.</description></item>
            </channel></rss>
            """));
        var atom = Write("atom", Encoding.UTF8.GetBytes("""
            <feed xmlns="http://www.w3.org/2005/Atom"><title>Hill Post</title><entry><title>Three</title><link rel="alternate" href="https://h.example/3"/><published>2024-01-03T00:00:00Z</published><content type="html">&lt;p&gt;Third&lt;/p&gt;</content></entry></feed>
            """));
        var items = await ReadAll(SourceFactory.Create([rss, atom]));
        Assert.Equal(3, items.Count);
        Assert.Equal("One", items[0].Document!.TitleHint);
        Assert.Equal("https://v.example/1", items[0].Document!.Source.Url);
        Assert.Equal("Valley Gazette", items[0].Document!.Source.Outlet);
        Assert.Equal(new DateTimeOffset(2024, 1, 2, 10, 0, 0, TimeSpan.Zero), items[0].Document!.PublishedHint);
        Assert.Equal("<p>First body.</p>", Encoding.UTF8.GetString(items[0].Document!.Content.Span));
        Assert.Equal("https://h.example/3", items[2].Document!.Source.Url);
        Assert.Equal("<p>Third</p>", Encoding.UTF8.GetString(items[2].Document!.Content.Span));
    }

    private static byte[] WarcRecord(string type, string uri, string payload)
    {
        var body = Encoding.UTF8.GetBytes(payload);
        var head = $"WARC/1.0\r\nWARC-Type: {type}\r\nWARC-Target-URI: {uri}\r\nWARC-Date: 2024-01-05T00:00:00Z\r\nContent-Length: {body.Length}\r\n\r\n";
        return [.. Encoding.ASCII.GetBytes(head), .. body, .. "\r\n\r\n"u8];
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Warc_response_records_with_html_become_documents(bool gzip)
    {
        byte[][] records =
        [
            WarcRecord("warcinfo", "", "software: test"),
            WarcRecord("response", "https://n.example/a", "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=iso-8859-1\r\n\r\n<p>A</p>"),
            WarcRecord("response", "https://n.example/img", "HTTP/1.1 200 OK\r\nContent-Type: image/png\r\n\r\nPNG"),
            WarcRecord("response", "https://n.example/b", "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\n\r\n4\r\n<p>B\r\n4\r\n</p>\r\n0\r\n\r\n"),
        ];
        byte[] bytes;
        if (gzip)
        {
            using var ms = new MemoryStream();
            foreach (var r in records)
            {
                using var gz = new GZipStream(ms, CompressionLevel.Fastest, leaveOpen: true);
                gz.Write(r);
            }

            bytes = ms.ToArray();
        }
        else
        {
            bytes = [.. records.SelectMany(r => r)];
        }

        var path = Write(gzip ? "dump.warc.gz" : "dump.bin", bytes);
        var items = await ReadAll(SourceFactory.Create([path]));
        Assert.Equal(2, items.Count);
        Assert.Equal("https://n.example/a", items[0].Document!.Source.Url);
        Assert.Equal("iso-8859-1", items[0].Document!.Charset);
        Assert.Equal("<p>A</p>", Encoding.UTF8.GetString(items[0].Document!.Content.Span));
        Assert.Equal("<p>B</p>", Encoding.UTF8.GetString(items[1].Document!.Content.Span));
        Assert.Equal(new DateTimeOffset(2024, 1, 5, 0, 0, 0, TimeSpan.Zero), items[1].Document!.RetrievedAt);
    }

    [Fact]
    public async Task Directory_walk_reports_empty_files_and_reads_the_rest()
    {
        Write("a.html", "<p>a</p>"u8.ToArray());
        Write("empty.txt", []);
        var items = await ReadAll(SourceFactory.Create([_dir]));
        Assert.Equal(2, items.Count);
        Assert.NotNull(items[0].Document);
        Assert.Contains("empty", items[1].Error!.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("127.0.0.1", true)]
    [InlineData("10.1.2.3", true)]
    [InlineData("172.20.0.1", true)]
    [InlineData("192.168.1.1", true)]
    [InlineData("169.254.0.5", true)]
    [InlineData("::1", true)]
    [InlineData("fe80::1", true)]
    [InlineData("fd00::1", true)]
    [InlineData("8.8.8.8", false)]
    [InlineData("2001:4860:4860::8888", false)]
    public void Private_addresses_are_recognised(string ip, bool expected) => Assert.Equal(expected, AddressPolicy.IsPrivate(IPAddress.Parse(ip)));

    /// <summary>A tiny loopback HTTP server: answers each connection from the handler, one request per connection.</summary>
    private static (int Port, Task Loop, CancellationTokenSource Stop) Serve(Func<string, string> respond)
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var stop = new CancellationTokenSource();
        var loop = Task.Run(async () =>
        {
            try
            {
                while (!stop.IsCancellationRequested)
                {
                    using var client = await listener.AcceptTcpClientAsync(stop.Token);
                    var stream = client.GetStream();
                    var buffer = new byte[8192];
                    var n = await stream.ReadAsync(buffer, stop.Token);
                    var request = Encoding.ASCII.GetString(buffer, 0, n);
                    var path = request.Split(' ')[1];
                    await stream.WriteAsync(Encoding.UTF8.GetBytes(respond(path)), stop.Token);
                }
            }
            catch (OperationCanceledException)
            {
            }
            finally
            {
                listener.Stop();
            }
        });
        return (((IPEndPoint)listener.LocalEndpoint).Port, loop, stop);
    }

    private static string Ok(string body, string type = "text/html; charset=utf-8") =>
        $"HTTP/1.1 200 OK\r\nContent-Type: {type}\r\nContent-Length: {Encoding.UTF8.GetByteCount(body)}\r\nConnection: close\r\n\r\n{body}";

    [Fact]
    public async Task With_fetch_feed_items_read_their_linked_pages_and_a_failed_link_fails_only_its_item()
    {
        var root = "";
        var (port, loop, stop) = Serve(path => path switch
        {
            "/feed" => Ok($"""
                <?xml version="1.0"?><rss version="2.0"><channel><title>Harbour Ledger</title>
                <item><title>Dam opens</title><link>{root}/a</link><pubDate>Wed, 03 Jan 2024 08:00:00 GMT</pubDate><description>Teaser only.</description></item>
                <item><title>Gone</title><link>{root}/missing</link><description>Teaser two.</description></item>
                </channel></rss>
                """, "application/rss+xml"),
            "/a" => Ok("<article><p>The full story of the dam.</p></article>"),
            _ => "HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n",
        });
        root = $"http://127.0.0.1:{port}";
        var feedFile = Write("ledger.xml", Encoding.UTF8.GetBytes($"""
            <?xml version="1.0"?><rss version="2.0"><channel><title>Harbour Ledger</title>
            <item><title>Dam opens</title><link>{root}/a</link><description>Teaser only.</description></item></channel></rss>
            """));
        var options = new SourceOptions { AllowPrivate = true, Fetch = true };
        using (var source = SourceFactory.Create([$"{root}/feed", feedFile], options))
        {
            var items = await ReadAll(source);
            Assert.Equal(3, items.Count);
            var page = items[0].Document!;
            Assert.Equal($"{root}/a", page.Source.Url);
            Assert.Equal("Harbour Ledger", page.Source.Outlet);
            Assert.Equal("Dam opens", page.TitleHint);
            Assert.Equal(new DateTimeOffset(2024, 1, 3, 8, 0, 0, TimeSpan.Zero), page.PublishedHint);
            Assert.Equal("<article><p>The full story of the dam.</p></article>", Encoding.UTF8.GetString(page.Content.Span));
            Assert.Null(items[1].Document);
            Assert.Contains("404", items[1].Error!.Message, StringComparison.Ordinal);
            Assert.Equal("<article><p>The full story of the dam.</p></article>", Encoding.UTF8.GetString(items[2].Document!.Content.Span));
        }

        // Without --fetch the same feed file gives the item's own teaser, and nothing is requested.
        using (var plain = SourceFactory.Create([feedFile], new SourceOptions { AllowPrivate = true }))
        {
            var item = Assert.Single(await ReadAll(plain));
            Assert.Equal("Teaser only.", Encoding.UTF8.GetString(item.Document!.Content.Span));
        }

        await stop.CancelAsync();
        await loop;
    }

    [Fact]
    public async Task Urls_are_fetched_with_redirects_and_limits()
    {
        var (port, loop, stop) = Serve(path => path switch
        {
            "/page" => Ok("<p>Fetched page</p>"),
            "/moved" => "HTTP/1.1 302 Found\r\nLocation: /page\r\nContent-Length: 0\r\nConnection: close\r\n\r\n",
            var p when p.StartsWith("/loop", StringComparison.Ordinal) => $"HTTP/1.1 302 Found\r\nLocation: /loop{p.Length}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n",
            "/big" => Ok(new string('x', 2000)),
            _ => "HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n",
        });
        var options = new SourceOptions { AllowPrivate = true, MaxBodyBytes = 1000 };
        var root = $"http://127.0.0.1:{port}";
        using (var source = SourceFactory.Create([$"{root}/moved", $"{root}/loop", $"{root}/big", $"{root}/none"], options))
        {
            var items = await ReadAll(source);
            Assert.Equal($"{root}/page", items[0].Document!.Source.Url);
            Assert.Equal("<p>Fetched page</p>", Encoding.UTF8.GetString(items[0].Document!.Content.Span));
            Assert.Equal("utf-8", items[0].Document!.Charset);
            Assert.Contains("redirects", items[1].Error!.Message, StringComparison.Ordinal);
            Assert.Contains("cap", items[2].Error!.Message, StringComparison.Ordinal);
            Assert.Contains("404", items[3].Error!.Message, StringComparison.Ordinal);
        }

        using (var refusing = SourceFactory.Create([$"{root}/page"], new SourceOptions()))
        {
            var refused = Assert.Single(await ReadAll(refusing));
            Assert.Contains("private address", refused.Error!.Message, StringComparison.Ordinal);
        }

        await stop.CancelAsync();
        await loop;
    }
}
