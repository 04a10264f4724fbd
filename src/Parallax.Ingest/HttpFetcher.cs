using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using Parallax.Model;
using Parallax.Stages;

namespace Parallax.Ingest;

/// <summary>
/// Fetches http(s) URLs: connect and total timeouts, a body cap, at most N redirects followed by hand,
/// gzip/deflate/brotli, and a connect hook that checks every resolved address (after every redirect too)
/// against <see cref="AddressPolicy"/> unless private addresses are allowed.
/// </summary>
public sealed class HttpFetcher : IDisposable
{
    private readonly HttpClient _client;
    private readonly SourceOptions _options;

    public HttpFetcher(SourceOptions options)
    {
        _options = options;
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            AutomaticDecompression = DecompressionMethods.GZip | DecompressionMethods.Deflate | DecompressionMethods.Brotli,
            ConnectTimeout = options.ConnectTimeout,
            UseProxy = false,
            ConnectCallback = ConnectAsync,
        };
        _client = new HttpClient(handler) { Timeout = options.TotalTimeout };
        _client.DefaultRequestHeaders.UserAgent.ParseAdd(options.UserAgent);
        _client.DefaultRequestHeaders.Accept.ParseAdd("text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,*/*;q=0.5");
    }

    public static bool IsUrl(string s) =>
        Uri.TryCreate(s, UriKind.Absolute, out var u) && (u.Scheme == Uri.UriSchemeHttp || u.Scheme == Uri.UriSchemeHttps);

    private async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken ct)
    {
        var host = context.DnsEndPoint.Host;
        var addresses = IPAddress.TryParse(host, out var literal) ? [literal] : await Dns.GetHostAddressesAsync(host, ct).ConfigureAwait(false);
        if (addresses.Length == 0)
            throw new HttpRequestException($"{host} does not resolve");
        foreach (var a in addresses)
        {
            if (!_options.AllowPrivate && AddressPolicy.IsPrivate(a))
                throw new HttpRequestException($"refused: {host} resolves to private address {a} (use --allow-private)");
        }

        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(addresses, context.DnsEndPoint.Port, ct).ConfigureAwait(false);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    public async Task<SourceItem> FetchAsync(string url, CancellationToken cancellationToken)
    {
        try
        {
            var (bytes, finalUrl, charset, contentType) = await GetAsync(url, cancellationToken).ConfigureAwait(false);
            var format = contentType is not null && contentType.Contains("html", StringComparison.OrdinalIgnoreCase) ? RawFormat.Html
                : contentType is not null && contentType.StartsWith("text/plain", StringComparison.OrdinalIgnoreCase) ? RawFormat.PlainText
                : RawFormat.Unknown;
            return SourceItem.Ok(new RawDocument(new SourceInfo(null, finalUrl, null), bytes, format) { Charset = charset });
        }
        catch (FetchException ex)
        {
            return SourceItem.Fail(url, ex.Message);
        }
    }

    /// <summary>The body, final URL, charset and media type; throws <see cref="FetchException"/> with a readable reason.</summary>
    public async Task<(byte[] Body, string FinalUrl, string? Charset, string? ContentType)> GetAsync(string url, CancellationToken cancellationToken)
    {
        var current = new Uri(url);
        try
        {
            for (var hop = 0; ; hop++)
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, current);
                using var response = await _client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
                var status = (int)response.StatusCode;
                if (status is >= 300 and < 400 && response.Headers.Location is { } location)
                {
                    if (hop >= _options.MaxRedirects)
                        throw new FetchException($"more than {_options.MaxRedirects} redirects");
                    current = location.IsAbsoluteUri ? location : new Uri(current, location);
                    if (current.Scheme != Uri.UriSchemeHttp && current.Scheme != Uri.UriSchemeHttps)
                        throw new FetchException($"redirect to unsupported scheme {current.Scheme}");
                    continue;
                }

                if (!response.IsSuccessStatusCode)
                    throw new FetchException($"HTTP {status} {response.ReasonPhrase}");
                if (response.Content.Headers.ContentLength > _options.MaxBodyBytes)
                    throw new FetchException($"body is {response.Content.Headers.ContentLength:N0} bytes, over the {_options.MaxBodyBytes:N0}-byte cap");
                var body = await ReadCappedAsync(response.Content, cancellationToken).ConfigureAwait(false);
                MediaTypeHeaderValue? type = response.Content.Headers.ContentType;
                return (body, current.ToString(), type?.CharSet, type?.MediaType);
            }
        }
        catch (HttpRequestException ex)
        {
            throw new FetchException(ex.InnerException is HttpRequestException inner ? inner.Message : ex.Message, ex);
        }
        catch (TaskCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            throw new FetchException($"timed out after {_options.TotalTimeout.TotalSeconds:F0} s", ex);
        }
    }

    private async Task<byte[]> ReadCappedAsync(HttpContent content, CancellationToken cancellationToken)
    {
        await using var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int n;
        while ((n = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + n > _options.MaxBodyBytes)
                throw new FetchException($"body over the {_options.MaxBodyBytes:N0}-byte cap");
            buffer.Write(chunk, 0, n);
        }

        return buffer.ToArray();
    }

    public void Dispose() => _client.Dispose();
}

/// <summary>A fetch that failed for a reason worth showing the user.</summary>
public sealed class FetchException(string message, Exception? inner = null) : Exception(message, inner);
