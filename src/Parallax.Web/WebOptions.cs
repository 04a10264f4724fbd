using System.Net;

namespace Parallax.Web;

/// <summary>How `parallax serve` runs: the database, where it listens, and the token that guards writes.</summary>
public sealed record WebOptions
{
    public const string DefaultUrl = "http://127.0.0.1:5080";

    public required string Db { get; init; }
    public IReadOnlyList<string> Urls { get; init; } = [DefaultUrl];
    public string? Token { get; init; }

    /// <summary>Largest request body: uploads of many articles fit, a runaway client does not.</summary>
    public long MaxBodyBytes { get; init; } = 64L * 1024 * 1024;

    /// <summary>Largest single document taken from a request, the same cap the file source uses.</summary>
    public long MaxDocumentBytes { get; init; } = 50L * 1024 * 1024;

    /// <summary>
    /// Null when the server may start; otherwise why not. A server reachable beyond this machine must not
    /// accept writes from anyone, so it needs a token.
    /// </summary>
    public string? CheckBinding()
    {
        foreach (var url in Urls)
        {
            if (!Uri.TryCreate(url.Replace("://*", "://0.0.0.0", StringComparison.Ordinal).Replace("://+", "://0.0.0.0", StringComparison.Ordinal), UriKind.Absolute, out var uri)
                || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
            {
                return $"'{url}' is not an http:// or https:// URL";
            }

            if (!IsLoopback(uri.Host) && string.IsNullOrEmpty(Token))
                return $"{url} is reachable beyond this machine; give --token (or set PARALLAX_TOKEN) so writes need it, or bind to 127.0.0.1";
        }

        return null;
    }

    public static bool IsLoopback(string host)
    {
        if (host.Equals("localhost", StringComparison.OrdinalIgnoreCase))
            return true;
        return IPAddress.TryParse(host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip);
    }
}
